package org.photonledger.acquisition.measurement;

/** What a running measurement shows live: a curve (histogram, trace, spectrum) or a map (confocal scan). */
public sealed interface Preview {

    String title();

    /** A curve of y over x, with axis labels that carry units. */
    record Curve(String title, String xLabel, String yLabel, double[] x, double[] y) implements Preview {
    }

    /**
     * A map of values on a regular grid, row by row (y outer, x inner); NaN where not yet measured. x0/y0 are the
     * centres of the first column/row, dx/dy the spacing.
     */
    record Map(String title, String xLabel, String yLabel, double x0, double dx, double y0, double dy, int columns,
            int rows, double[] values, String valueLabel) implements Preview {
    }
}
