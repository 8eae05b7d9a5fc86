package org.photonledger.processing.result;

import java.util.List;
import org.photonledger.processing.analysis.FittedCurve;

/**
 * What a result page draws: the data the analysis read, the fitted model over it (when the analysis fits one) and the
 * regions it used (the integration windows of a pulsed g², the on/off threshold of a blinking trace), with axis
 * names and units. Built by the same pure analysis that computed the recorded numbers.
 */
public record AnalysisPlot(String title, String xLabel, String yLabel, double[] x, double[] y, FittedCurve fit,
        List<Band> bands, List<Double> levels) {

    /** A shaded x interval, e.g. one integration window. */
    public record Band(double from, double to, String label) {
    }

    public AnalysisPlot {
        if (x.length != y.length) {
            throw new IllegalArgumentException("plot needs as many x as y values");
        }
        x = x.clone();
        y = y.clone();
        bands = List.copyOf(bands);
        levels = List.copyOf(levels);
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }
}
