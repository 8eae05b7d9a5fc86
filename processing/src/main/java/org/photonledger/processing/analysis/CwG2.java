package org.photonledger.processing.analysis;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Fits the antibunching dip of a continuous-wave g² histogram (delays in ps, raw coincidence counts).
 *
 * <p>The long-delay level N is a fit parameter (started from the mean of the outer tenth of the bins on
 * each side), so the normalisation's uncertainty is part of every σ. Counts are Poisson (see
 * {@link PoissonFit}). With {@link Bunching#AUTO} the bunching term is kept only when it lowers χ² by more
 * than 16 (two extra parameters, p ≈ 3·10⁻⁴) and a &gt; 3σ; otherwise a and τ1 would be undetermined. The
 * bunching fit is only tried when the counts between 2τ0 and a quarter of the span exceed the plain-dip
 * fit by more than 3σ, so a flat shoulder does not cost a futile fit.
 * A given Gaussian jitter is convolved analytically, so g0 and τ0 are the emitter's, not the detectors'.
 */
public final class CwG2 {

    public static final String METHOD = "g2-cw@1";

    static final double DELTA_CHI2_FOR_BUNCHING = 16;

    private static final double FWHM_PER_SIGMA = 2 * Math.sqrt(2 * Math.log(2));

    private CwG2() {
    }

    /** Whether to fit the bunching shoulder: decide from the data, never, or always. */
    public enum Bunching {
        AUTO, NONE, FIT
    }

    /** Jitter FWHM in ps (0 for none) and the bunching choice. */
    public record Settings(double jitterFwhmPs, Bunching bunching) {

        public Settings {
            if (!(jitterFwhmPs >= 0) || !Double.isFinite(jitterFwhmPs)) {
                throw new IllegalArgumentException("jitter FWHM must be a finite number of ps ≥ 0, got " + jitterFwhmPs);
            }
            if (bunching == null) {
                throw new IllegalArgumentException("bunching must be AUTO, NONE or FIT, got null");
            }
        }

        public static Settings defaults() {
            return new Settings(0, Bunching.AUTO);
        }

        public Settings withJitterFwhmPs(double ps) {
            return new Settings(ps, bunching);
        }

        public Settings withBunching(Bunching b) {
            return new Settings(jitterFwhmPs, b);
        }
    }

    private static final String[] DIP_NAMES = {"N", "g0", "tau0", "delay"};
    private static final String[] BUNCHING_NAMES = {"N", "g0", "tau0", "delay", "a", "tau1"};

    public static CwG2Result fit(Histogram histogram, Settings settings) {
        String what = "CW g² histogram";
        if (histogram.size() < 10) {
            throw new IllegalArgumentException(what + " has " + histogram.size() + " bins; need at least 10");
        }
        histogram.requireCounts(what);
        double[] x = histogram.x();
        double[] y = histogram.counts();
        int n = y.length;
        double span = x[n - 1] - x[0];
        double bin = span / (n - 1);
        double sigmaJitter = settings.jitterFwhmPs() / FWHM_PER_SIGMA;

        int edge = Math.max(1, n / 10);
        double level = 0;
        for (int i = 0; i < edge; i++) {
            level += y[i] + y[n - 1 - i];
        }
        level /= 2 * edge;
        if (!(level > 0)) {
            throw new IllegalArgumentException(what + " has no counts at long delays (outer tenth of the bins on each side);"
                    + " cannot normalise");
        }
        double[] smooth = Numbers.runningMean(y, Math.max(3, (n / 100) | 1));
        int dip = edge;
        for (int i = edge; i < n - edge; i++) {
            if (smooth[i] < smooth[dip]) {
                dip = i;
            }
        }
        double g0Start = Math.min(0.95, Math.max(0, smooth[dip] / level));
        double area = 0;
        for (int i = 0; i < n; i++) {
            if (Math.abs(x[i] - x[dip]) < span / 4) {
                area += (level - y[i]) * bin / level;
            }
        }
        double tau0Start = area > 0 ? Math.max(bin, area / (2 * (1 - g0Start))) : 5 * bin;
        tau0Start = Math.min(tau0Start, span / 4);

        double[] lowerDip = {0, -1, bin / 20, x[0]};
        double[] upperDip = {Double.POSITIVE_INFINITY, 2, 10 * span, x[n - 1]};
        double[] startDip = {level, g0Start, tau0Start, x[dip]};
        double[] typicalDip = {level, 1, tau0Start, Math.max(bin, tau0Start)};
        PoissonFit.Outcome dipFit = PoissonFit.fit("CW g² fit (antibunching dip)", y, model(x, sigmaJitter, false),
                startDip, typicalDip, lowerDip, upperDip, DIP_NAMES);

        Map<String, Object> used = new LinkedHashMap<>();
        used.put("bins", n);
        used.put("fromPs", x[0]);
        used.put("toPs", x[n - 1]);
        used.put("jitterFwhmPs", settings.jitterFwhmPs());
        used.put("bunchingSetting", settings.bunching().name().toLowerCase(Locale.ROOT));
        used.put("weights", "Poisson (iteratively reweighted, = Poisson maximum likelihood)");

        PoissonFit.Outcome chosen = dipFit;
        boolean bunching = false;
        double evidence = shoulderExcess(x, y, dipFit);
        used.put("bunchingEvidenceSigma", evidence);
        if (settings.bunching() == Bunching.FIT || settings.bunching() == Bunching.AUTO && evidence > 3) {
            double[] p = dipFit.parameters();
            double shoulder = shoulder(x, y, p[0], p[3], p[2]);
            double[] start = {p[0] * (1 + Math.max(0, shoulder) / 2), p[1], p[2], p[3], Math.max(0.05, shoulder),
                    Math.min(10 * p[2], 10 * span)};
            double[] lower = {0, -1, bin / 20, x[0], 0, bin / 20};
            double[] upper = {Double.POSITIVE_INFINITY, 2, 10 * span, x[n - 1], 1e3, 100 * span};
            double[] typical = {p[0], 1, p[2], Math.max(bin, p[2]), 1, 10 * p[2]};
            try {
                PoissonFit.Outcome withBunching = PoissonFit.fit("CW g² fit (dip with bunching)", y,
                        model(x, sigmaJitter, true), start, typical, lower, upper, BUNCHING_NAMES);
                double deltaChi2 = dipFit.chi2() - withBunching.chi2();
                used.put("deltaChi2Bunching", deltaChi2);
                boolean significant = deltaChi2 > DELTA_CHI2_FOR_BUNCHING
                        && withBunching.parameters()[4] > 3 * withBunching.sigma(4);
                if (settings.bunching() == Bunching.FIT || significant) {
                    chosen = withBunching;
                    bunching = true;
                }
            } catch (IllegalArgumentException ex) {
                if (settings.bunching() == Bunching.FIT) {
                    throw ex;
                }
                used.put("bunchingFit", "failed: " + ex.getMessage());
            }
        }
        used.put("bunchingTerm", bunching);
        Estimate g0 = chosen.estimate(1);
        return new CwG2Result(g0, chosen.estimate(2), bunching ? chosen.estimate(4) : Estimate.exact(0),
                bunching ? Optional.of(chosen.estimate(5)) : Optional.empty(), chosen.estimate(3), chosen.estimate(0),
                bunching, settings.jitterFwhmPs(), g0.oneMinus(), chosen.quality(), new FittedCurve(x, chosen.model()), used,
                METHOD);
    }

    /** Expected counts N·g²(τ) for parameters (N, g0, τ0, τd[, a, τ1]). */
    static CurveModel model(double[] x, double sigmaJitter, boolean bunching) {
        return (p, out) -> {
            for (int i = 0; i < x.length; i++) {
                double u = x[i] - p[3];
                double term = TwoSidedDecay.value(u, p[2], sigmaJitter);
                if (bunching) {
                    term = (1 + p[4]) * term - p[4] * TwoSidedDecay.value(u, p[5], sigmaJitter);
                }
                out[i] = p[0] * (1 - (1 - p[1]) * term);
            }
        };
    }

    /**
     * Excess of the counts over the plain-dip fit between 2τ0 and a quarter of the span from the dip, in
     * standard deviations; a bunching shoulder shows up there even after N has absorbed part of it.
     */
    private static double shoulderExcess(double[] x, double[] y, PoissonFit.Outcome dipFit) {
        double[] p = dipFit.parameters();
        double[] mu = dipFit.model();
        double reach = Math.max(10 * p[2], (x[x.length - 1] - x[0]) / 4);
        double excess = 0;
        double variance = 0;
        for (int i = 0; i < x.length; i++) {
            double d = Math.abs(x[i] - p[3]);
            if (d >= 2 * p[2] && d <= reach) {
                excess += y[i] - mu[i];
                variance += Math.max(mu[i], PoissonFit.MU_FLOOR);
            }
        }
        return variance > 0 ? excess / Math.sqrt(variance) : 0;
    }

    /** Relative excess over the level between 3 and 8 antibunching times from the dip: the start for a. */
    private static double shoulder(double[] x, double[] y, double level, double delay, double tau0) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < x.length; i++) {
            double d = Math.abs(x[i] - delay);
            if (d >= 3 * tau0 && d <= 8 * tau0) {
                sum += y[i];
                count++;
            }
        }
        return count == 0 ? 0 : sum / count / level - 1;
    }
}
