package org.photonledger.processing.analysis;

import java.util.Arrays;

/**
 * Counts per bin at strictly increasing bin centres {@code x} (delay or time in ps, wavelength in nm, …; the
 * analysis taking it says which). The arrays are copied in and out, so a histogram never changes.
 */
public record Histogram(double[] x, double[] counts) {

    public Histogram {
        if (x == null || counts == null) {
            throw new IllegalArgumentException("histogram needs both x values and counts, got "
                    + (x == null ? "no x values" : "no counts"));
        }
        if (x.length != counts.length) {
            throw new IllegalArgumentException("histogram has " + x.length + " x values but " + counts.length + " counts");
        }
        if (x.length == 0) {
            throw new IllegalArgumentException("histogram is empty (no bins)");
        }
        x = x.clone();
        counts = counts.clone();
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException("x value " + i + " is " + x[i] + "; x values must be finite");
            }
            if (!Double.isFinite(counts[i]) || counts[i] < 0) {
                throw new IllegalArgumentException("count " + i + " (at x = " + x[i] + ") is " + counts[i]
                        + "; counts must be finite and ≥ 0");
            }
            if (i > 0 && x[i] <= x[i - 1]) {
                throw new IllegalArgumentException("x values must increase strictly, but x[" + i + "] = " + x[i]
                        + " follows x[" + (i - 1) + "] = " + x[i - 1]);
            }
        }
    }

    /** Bins of equal width {@code binWidth}, the first centred at {@code firstCentre}. */
    public static Histogram uniform(double firstCentre, double binWidth, double[] counts) {
        if (!(binWidth > 0) || !Double.isFinite(binWidth)) {
            throw new IllegalArgumentException("bin width must be > 0, got " + binWidth);
        }
        double[] x = new double[counts.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = firstCentre + i * binWidth;
        }
        return new Histogram(x, counts);
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] counts() {
        return counts.clone();
    }

    public int size() {
        return x.length;
    }

    public double total() {
        double sum = 0;
        for (double c : counts) {
            sum += c;
        }
        return sum;
    }

    /**
     * The common bin width; refuses histograms whose spacing varies by more than 0.1 %, since equal-window
     * integration and period finding assume equal bins. {@code what} names the data in the message.
     */
    public double uniformBinWidth(String what) {
        if (x.length < 2) {
            throw new IllegalArgumentException(what + " has a single bin; need at least two to know the bin width");
        }
        double width = (x[x.length - 1] - x[0]) / (x.length - 1);
        for (int i = 1; i < x.length; i++) {
            double step = x[i] - x[i - 1];
            if (Math.abs(step - width) > 1e-3 * width) {
                throw new IllegalArgumentException(what + " must have equal bins, but the step from x = " + x[i - 1]
                        + " to " + x[i] + " is " + step + " while the mean step is " + width);
            }
        }
        return width;
    }

    /** Refuses a histogram without a single count, naming the data. */
    void requireCounts(String what) {
        if (total() <= 0) {
            throw new IllegalArgumentException(what + " holds no counts (all " + x.length + " bins are zero)");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Histogram h && Arrays.equals(x, h.x) && Arrays.equals(counts, h.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(x) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "Histogram[" + x.length + " bins, x " + x[0] + " … " + x[x.length - 1] + ", " + total() + " counts]";
    }
}
