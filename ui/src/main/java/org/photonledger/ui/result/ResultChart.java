package org.photonledger.ui.result;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.photonledger.processing.analysis.FittedCurve;
import org.photonledger.processing.result.AnalysisPlot;

/**
 * Draws a result's data with the fitted model over it (red), the regions the analysis used (shaded) and reference
 * levels (dashed), as SVG on the server with JFreeChart: nothing to build in the browser. Large histograms are drawn
 * bin by bin as steps; the fit as a line over the points it was fitted to.
 */
public final class ResultChart {

    private static final Color DATA = new Color(0x1f, 0x4e, 0x9c);
    private static final Color FIT = new Color(0xd0, 0x1c, 0x1c);
    private static final Color BAND = new Color(0xf2, 0xb1, 0x34, 70);

    private ResultChart() {
    }

    public static JFreeChart chart(AnalysisPlot p) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries points = new XYSeries("data", true, true);
        double[] x = p.x();
        double[] y = p.y();
        for (int i = 0; i < x.length; i++) {
            points.add(x[i], y[i], false);
        }
        data.addSeries(points);
        NumberAxis xAxis = new NumberAxis(p.xLabel());
        xAxis.setAutoRangeIncludesZero(false);
        NumberAxis yAxis = new NumberAxis(p.yLabel());
        boolean stepped = x.length > 60;
        XYLineAndShapeRenderer dataRenderer = stepped ? new XYStepRenderer() : new XYLineAndShapeRenderer(false, true);
        dataRenderer.setSeriesPaint(0, DATA);
        dataRenderer.setSeriesStroke(0, new BasicStroke(1f));
        XYPlot plot = new XYPlot(data, xAxis, yAxis, dataRenderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        FittedCurve fit = p.fit();
        if (fit != null && fit.size() > 0) {
            XYSeries curve = new XYSeries("fit", true, true);
            double[] fx = fit.x();
            double[] fy = fit.y();
            for (int i = 0; i < fx.length; i++) {
                curve.add(fx[i], fy[i], false);
            }
            XYLineAndShapeRenderer fitRenderer = new XYLineAndShapeRenderer(true, false);
            fitRenderer.setSeriesPaint(0, FIT);
            fitRenderer.setSeriesStroke(0, new BasicStroke(2f));
            plot.setDataset(1, new XYSeriesCollection(curve));
            plot.setRenderer(1, fitRenderer);
        }
        for (AnalysisPlot.Band b : p.bands()) {
            if (b.to() > b.from()) {
                IntervalMarker m = new IntervalMarker(b.from(), b.to(), BAND);
                m.setLabel(b.label());
                m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
                m.setLabelAnchor(RectangleAnchor.TOP);
                m.setLabelTextAnchor(TextAnchor.TOP_CENTER);
                plot.addDomainMarker(m, Layer.BACKGROUND);
            } else {
                ValueMarker m = new ValueMarker(b.from(), FIT, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
                m.setLabel(b.label());
                m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
                m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                plot.addDomainMarker(m);
            }
        }
        for (double level : p.levels()) {
            plot.addRangeMarker(new ValueMarker(level, Color.GRAY, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f)));
        }
        JFreeChart chart = new JFreeChart(p.title(), new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, fit != null);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** The chart as a standalone SVG document of the given size in pixels. */
    public static String svg(AnalysisPlot p, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart(p).draw(g, new Rectangle(0, 0, width, height));
        return g.getSVGElement();
    }
}
