package org.photonledger.processing.analysis;

import static org.photonledger.processing.analysis.Numbers.fmt;

import java.util.ArrayList;
import java.util.List;

/**
 * The comb of peaks in a pulsed correlation histogram: the repetition period (from the autocorrelation,
 * refined by a weighted regression of the peak centroids on their index) and where peak 0 sits.
 *
 * @param periodPs       repetition period
 * @param periodSigmaPs  its standard uncertainty from the regression (0 when the period was given)
 * @param originPs       position of the peak with index 0 (indices count periods from here)
 * @param meanSigmaPs    uncertainty of a peak position at the regression's weighted mean index
 * @param meanIndex      that weighted mean index; further out the period's uncertainty adds up
 */
record PeakComb(double periodPs, double periodSigmaPs, double originPs, double meanSigmaPs, double meanIndex) {

    /** Longest histogram the autocorrelation sees; longer ones are summed into coarser bins first. */
    private static final int MAX_ACF_BINS = 4096;

    double position(int k) {
        return originPs + k * periodPs;
    }

    /** Standard uncertainty of the position of peak {@code k}. */
    double positionSigma(int k) {
        double slopePart = (k - meanIndex) * periodSigmaPs;
        return Math.sqrt(meanSigmaPs * meanSigmaPs + slopePart * slopePart);
    }

    /**
     * The repetition period seen in the autocorrelation of the counts: the strongest autocorrelation peak
     * beyond the central lobe, replaced by its shortest sub-multiple that is at least half as strong
     * (so a strong second harmonic is not taken for the period), interpolated to a fraction of a bin.
     */
    static double periodFromAutocorrelation(double[] y, double binPs) {
        int factor = Math.max(1, (int) Math.ceil(y.length / (double) MAX_ACF_BINS));
        int m = y.length / factor;
        double[] z = new double[m];
        double mean = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < factor; j++) {
                z[i] += y[i * factor + j];
            }
            mean += z[i];
        }
        mean /= m;
        for (int i = 0; i < m; i++) {
            z[i] -= mean;
        }
        int maxLag = m / 2;
        double[] acf = new double[maxLag + 2];
        for (int lag = 0; lag <= maxLag + 1 && lag < m; lag++) {
            double s = 0;
            for (int i = 0; i + lag < m; i++) {
                s += z[i] * z[i + lag];
            }
            acf[lag] = s;
        }
        if (!(acf[0] > 0)) {
            throw new IllegalArgumentException("cannot find the repetition period: the histogram is flat; give the period");
        }
        int lobeEnd = 1;
        while (lobeEnd <= maxLag && acf[lobeEnd] > 0) {
            lobeEnd++;
        }
        if (lobeEnd > maxLag) {
            throw new IllegalArgumentException("cannot find the repetition period: the histogram shows no repeating peaks"
                    + " within half its span (" + fmt(m * factor * binPs / 2) + " ps); give the period");
        }
        int strongest = lobeEnd;
        for (int lag = lobeEnd; lag <= maxLag; lag++) {
            if (acf[lag] > acf[strongest]) {
                strongest = lag;
            }
        }
        if (!(acf[strongest] > 0.05 * acf[0])) {
            throw new IllegalArgumentException("cannot find the repetition period: no repeating peaks stand out of the noise;"
                    + " give the period");
        }
        int best = strongest;
        for (int d = 2; d <= 8; d++) {
            int guess = (int) Math.round(strongest / (double) d);
            if (guess < lobeEnd) {
                break;
            }
            int from = Math.max(lobeEnd, (int) Math.floor(guess * 0.9) - 1);
            int to = Math.min(maxLag, (int) Math.ceil(guess * 1.1) + 1);
            int local = from;
            for (int lag = from; lag <= to; lag++) {
                if (acf[lag] > acf[local]) {
                    local = lag;
                }
            }
            if (acf[local] >= 0.5 * acf[strongest]) {
                best = local;
            }
        }
        double shift = 0;
        if (best > 0 && best + 1 < acf.length) {
            double a = acf[best - 1];
            double b = acf[best];
            double c = acf[best + 1];
            double curvature = a - 2 * b + c;
            if (curvature < 0) {
                shift = Math.max(-0.5, Math.min(0.5, 0.5 * (a - c) / curvature));
            }
        }
        return (best + shift) * factor * binPs;
    }

    /** One located peak: index k, centroid, counts in the centroid window, and their variance in time. */
    private record Centroid(int k, double position, double counts, double variance) {

        /** Inverse variance of the centroid: counts / spread². */
        double weight() {
            return counts / variance;
        }
    }

    /**
     * Locates every peak of a comb with approximate period {@code periodPs}, then fits position = origin + k·period
     * by weighted least squares (weight = counts / spread², the inverse variance of a centroid). Peaks
     * holding under 30 % of the median (the antibunched centre, a missing peak) do not take part. With
     * {@code fixedPeriod} only the origin is fitted. A centroid window of ±period/4 is re-centred on its
     * centroid until it settles, which removes the pull of a flat background towards the window's middle.
     */
    static PeakComb locate(double[] x, double[] y, double periodPs, boolean fixedPeriod) {
        double binPs = (x[x.length - 1] - x[0]) / (x.length - 1);
        double re = 0;
        double im = 0;
        for (int i = 0; i < x.length; i++) {
            double phase = 2 * Math.PI * x[i] / periodPs;
            re += y[i] * Math.cos(phase);
            im += y[i] * Math.sin(phase);
        }
        double origin = Math.atan2(im, re) / (2 * Math.PI) * periodPs;
        int halfWindow = Math.max(1, (int) Math.floor(periodPs / 4 / binPs));
        List<Centroid> peaks = new ArrayList<>();
        int kFirst = (int) Math.ceil((x[0] - origin) / periodPs);
        int kLast = (int) Math.floor((x[x.length - 1] - origin) / periodPs);
        for (int k = kFirst; k <= kLast; k++) {
            Centroid c = centroid(x, y, k, origin + k * periodPs, halfWindow, periodPs / 4);
            if (c != null) {
                peaks.add(c);
            }
        }
        double median = peaks.isEmpty() ? 0 : Numbers.median(peaks.stream().mapToDouble(Centroid::counts).toArray());
        List<Centroid> used = peaks.stream().filter(p -> p.counts() >= 0.3 * median).toList();
        if (used.isEmpty()) {
            throw new IllegalArgumentException("found no complete peak at the period " + fmt(periodPs)
                    + " ps inside the histogram (" + fmt(x[0]) + " … " + fmt(x[x.length - 1]) + " ps)");
        }
        boolean fitSlope = !fixedPeriod && used.size() >= 2;
        double sw = 0;
        double swk = 0;
        for (Centroid p : used) {
            sw += p.weight();
            swk += p.weight() * p.k();
        }
        double kMean = swk / sw;
        double swkk = 0;
        double swkc = 0;
        double swc = 0;
        for (Centroid p : used) {
            swkk += p.weight() * (p.k() - kMean) * (p.k() - kMean);
            swkc += p.weight() * (p.k() - kMean) * p.position();
            swc += p.weight() * p.position();
        }
        double period = fitSlope ? swkc / swkk : periodPs;
        double atMean = swc / sw;
        if (!fitSlope) {
            double s = 0;
            for (Centroid p : used) {
                s += p.weight() * (p.position() - p.k() * period);
            }
            atMean = s / sw + kMean * period;
        }
        double chi2 = 0;
        for (Centroid p : used) {
            double r = p.position() - (atMean + (p.k() - kMean) * period);
            chi2 += p.weight() * r * r;
        }
        // as for the fits: scatter beyond the counting statistics widens the uncertainty, never narrows it
        int dof = used.size() - (fitSlope ? 2 : 1);
        double scale = dof > 0 ? Math.max(1.0, chi2 / dof) : 1.0;
        double meanSigma = Math.sqrt(scale / sw);
        double periodSigma = fitSlope ? Math.sqrt(scale / swkk) : 0;
        return new PeakComb(period, periodSigma, atMean - kMean * period, meanSigma, kMean);
    }

    /** The settled centroid of peak k near {@code start}, or null when its window leaves the data, is empty or wanders off. */
    private static Centroid centroid(double[] x, double[] y, int k, double start, int halfWindow, double maxShift) {
        double binPs = (x[x.length - 1] - x[0]) / (x.length - 1);
        double centre = start;
        Centroid found = null;
        for (int pass = 0; pass < 4; pass++) {
            int c = (int) Math.round((centre - x[0]) / binPs);
            if (c - halfWindow < 0 || c + halfWindow >= x.length) {
                return null;
            }
            double s = 0;
            double sx = 0;
            for (int i = c - halfWindow; i <= c + halfWindow; i++) {
                s += y[i];
                sx += y[i] * x[i];
            }
            if (s <= 0) {
                return null;
            }
            double next = sx / s;
            if (Math.abs(next - start) > maxShift) {
                return null;
            }
            double sxx = 0;
            for (int i = c - halfWindow; i <= c + halfWindow; i++) {
                sxx += y[i] * (x[i] - next) * (x[i] - next);
            }
            found = new Centroid(k, next, s, Math.max(sxx / s, binPs * binPs / 12));
            centre = next;
        }
        return found;
    }
}
