package org.photonledger.processing.analysis;

import java.util.Arrays;

/**
 * The fitted model's expected counts at the data points it was fitted to, so a result page can draw the fit over the
 * data it came from (the curve the χ² was computed against, not a re-evaluation that could drift from it).
 */
public record FittedCurve(double[] x, double[] y) {

    public FittedCurve {
        if (x.length != y.length) {
            throw new IllegalArgumentException("a fitted curve needs as many x as y values, got " + x.length + " and "
                    + y.length);
        }
        x = x.clone();
        y = y.clone();
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    public int size() {
        return x.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FittedCurve c && Arrays.equals(x, c.x) && Arrays.equals(y, c.y);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(x) + Arrays.hashCode(y);
    }

    @Override
    public String toString() {
        return "FittedCurve[" + x.length + " points]";
    }
}
