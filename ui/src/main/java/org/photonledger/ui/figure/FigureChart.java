package org.photonledger.ui.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PolarPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.DefaultPolarItemRenderer;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a panel on the server with JFreeChart: data in blue (steps for long histograms, points otherwise), fits in
 * red, integration windows shaded, reference levels dashed, the annotation in the corner; maps as a colour map,
 * polarisation on polar axes. SVG through JFreeSVG, PNG through Java2D.
 */
public final class FigureChart {

    private static final Color DATA = new Color(0x1f, 0x4e, 0x9c);
    private static final Color FIT = new Color(0xd0, 0x1c, 0x1c);
    private static final Color BAND = new Color(0xf2, 0xb1, 0x34, 70);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);

    private FigureChart() {
    }

    public static JFreeChart chart(PanelData d) {
        JFreeChart chart = switch (d.kind()) {
            case MAP -> map(d);
            case POLAR -> polar(d);
            case XY -> xy(d);
        };
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static JFreeChart xy(PanelData d) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeriesCollection fits = new XYSeriesCollection();
        int longest = 0;
        for (PanelData.Series s : d.series()) {
            XYSeries series = new XYSeries(s.name(), true, true);
            for (int i = 0; i < s.x().length; i++) {
                if (!d.logY() || s.y()[i] > 0) {
                    series.add(s.x()[i], s.y()[i], false);
                }
            }
            (s.role() == PanelData.Role.DATA ? data : fits).addSeries(series);
            if (s.role() == PanelData.Role.DATA) {
                longest = Math.max(longest, s.x().length);
            }
        }
        NumberAxis x = new NumberAxis(d.xTitle());
        x.setAutoRangeIncludesZero(false);
        ValueAxis y;
        if (d.logY()) {
            LogAxis log = new LogAxis(d.yTitle());
            log.setSmallestValue(0.5);
            // whole decades only: 10⁰, 10¹, 10² … rather than fractional powers
            log.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            y = log;
        } else {
            y = new NumberAxis(d.yTitle());
        }
        XYLineAndShapeRenderer dataRenderer = longest > 60 ? new XYStepRenderer()
                : new XYLineAndShapeRenderer(false, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            dataRenderer.setSeriesPaint(i, i == 0 ? DATA : new Color(0x55, 0x8b, 0x2f));
            dataRenderer.setSeriesStroke(i, new BasicStroke(1f));
            dataRenderer.setSeriesShape(i, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        }
        if (d.xRange() != null) {
            x.setRange(d.xRange()[0], d.xRange()[1]);
        }
        if (d.yRange() != null) {
            y.setRange(d.yRange()[0], d.yRange()[1]);
        }
        XYPlot plot = new XYPlot(data, x, y, dataRenderer);
        style(plot);
        if (fits.getSeriesCount() > 0) {
            XYLineAndShapeRenderer fitRenderer = new XYLineAndShapeRenderer(true, false);
            for (int i = 0; i < fits.getSeriesCount(); i++) {
                fitRenderer.setSeriesPaint(i, i == 0 ? FIT : new Color(0x8e, 0x44, 0xad));
                fitRenderer.setSeriesStroke(i, new BasicStroke(i == 0 ? 2f : 1.5f));
            }
            plot.setDataset(1, fits);
            plot.setRenderer(1, fitRenderer);
        }
        for (PanelData.Band b : d.bands()) {
            if (b.to() > b.from()) {
                IntervalMarker m = new IntervalMarker(b.from(), b.to(), BAND);
                plot.addDomainMarker(m, Layer.BACKGROUND);
            } else {
                plot.addDomainMarker(new ValueMarker(b.from(), FIT, dashed(1.5f)));
            }
        }
        for (double level : d.levels()) {
            if (!d.logY() || level > 0) {
                plot.addRangeMarker(new ValueMarker(level, Color.GRAY, dashed(1f)));
            }
        }
        annotate(plot, d);
        return new JFreeChart(title(d), TITLE, plot, false);
    }

    private static JFreeChart polar(PanelData d) {
        XYSeriesCollection all = new XYSeriesCollection();
        DefaultPolarItemRenderer renderer = new DefaultPolarItemRenderer();
        int i = 0;
        for (PanelData.Series s : d.series()) {
            XYSeries series = new XYSeries(s.name(), false, true);
            for (int k = 0; k < s.x().length; k++) {
                series.add(s.x()[k], s.y()[k], false);
            }
            all.addSeries(series);
            boolean fit = s.role() == PanelData.Role.FIT;
            renderer.setSeriesPaint(i, fit ? FIT : DATA);
            renderer.setSeriesStroke(i, new BasicStroke(fit ? 2f : 0f));
            renderer.setSeriesShape(i, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
            renderer.setSeriesFilled(i, false);
            i++;
        }
        renderer.setShapesVisible(true);
        NumberAxis radius = new NumberAxis(d.yTitle());
        PolarPlot plot = new PolarPlot(all, radius, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setAngleGridlinePaint(new Color(0xbb, 0xbb, 0xbb));
        plot.setRadiusGridlinePaint(new Color(0xbb, 0xbb, 0xbb));
        JFreeChart chart = new JFreeChart(title(d), TITLE, plot, false);
        if (!d.annotations().isEmpty()) {
            chart.addSubtitle(new TextTitle(String.join("   ", d.annotations()), new Font(Font.SANS_SERIF, Font.PLAIN,
                    13)));
        }
        return chart;
    }

    private static JFreeChart map(PanelData d) {
        PanelData.Series s = d.series().getFirst();
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(s.name(), new double[][] {s.x(), s.y(), s.z()});
        double step = step(s.x());
        double max = Arrays.stream(s.z()).max().orElse(1);
        LookupPaintScale scale = new LookupPaintScale(0, Math.max(1, max), Color.BLACK);
        for (int k = 0; k <= 40; k++) {
            double f = k / 40.0;
            scale.add(f * Math.max(1, max), new Color((float) Math.min(1, 1.6 * f), (float) Math.max(0, Math.min(1,
                    1.6 * f - 0.5)), (float) Math.max(0, 0.35 - f * 0.35 + Math.max(0, f - 0.85) * 4)));
        }
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(step);
        renderer.setBlockHeight(step);
        renderer.setPaintScale(scale);
        NumberAxis x = new NumberAxis(d.xTitle());
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(d.yTitle());
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.BLACK);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(title(d), TITLE, plot, false);
        NumberAxis counts = new NumberAxis("counts per point");
        PaintScaleLegend legend = new PaintScaleLegend(scale, counts);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 4, 40, 4);
        legend.setStripWidth(12);
        chart.addSubtitle(legend);
        return chart;
    }

    private static double step(double[] x) {
        double[] sorted = Arrays.stream(x).distinct().sorted().toArray();
        return sorted.length > 1 ? sorted[1] - sorted[0] : 1;
    }

    private static String title(PanelData d) {
        return d.label() + "  " + d.title();
    }

    private static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    }

    private static void annotate(XYPlot plot, PanelData d) {
        if (d.annotations().isEmpty()) {
            return;
        }
        TextTitle text = new TextTitle(String.join("\n", d.annotations()), new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        text.setBackgroundPaint(new Color(255, 255, 255, 220));
        text.setFrame(new BlockBorder(new Color(0xaa, 0xaa, 0xaa)));
        text.setPadding(4, 6, 4, 6);
        plot.addAnnotation(new XYTitleAnnotation(0.98, 0.97, text, RectangleAnchor.TOP_RIGHT));
    }

    private static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
    }

    /** The panel as a standalone SVG document of the given size in pixels. */
    public static String svg(PanelData d, int width, int height) {
        return svg(java.util.List.of(d), 1, width, height);
    }

    /** The panel as a PNG image of the given size in pixels. */
    public static byte[] png(PanelData d, int width, int height) {
        return png(java.util.List.of(d), 1, width, height);
    }

    /** Several panels side by side in rows of {@code columns}, as one SVG document (the whole figure). */
    public static String svg(java.util.List<PanelData> panels, int columns, int width, int height) {
        int rows = (panels.size() + columns - 1) / columns;
        SVGGraphics2D g = new SVGGraphics2D(width * columns, height * rows);
        for (int i = 0; i < panels.size(); i++) {
            chart(panels.get(i)).draw(g, new Rectangle(i % columns * width, i / columns * height, width, height));
        }
        return g.getSVGElement();
    }

    /** Several panels as one PNG image. */
    public static byte[] png(java.util.List<PanelData> panels, int columns, int width, int height) {
        int rows = (panels.size() + columns - 1) / columns;
        BufferedImage image = new BufferedImage(width * columns, height * rows, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            for (int i = 0; i < panels.size(); i++) {
                chart(panels.get(i)).draw(g, new Rectangle(i % columns * width, i / columns * height, width, height));
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
