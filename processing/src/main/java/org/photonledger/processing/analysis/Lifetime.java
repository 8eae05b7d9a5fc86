package org.photonledger.processing.analysis;

import static org.photonledger.processing.analysis.Numbers.fmt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Mono- or bi-exponential fit of a time-resolved photoluminescence histogram (times in ps) with a constant
 * background, Poisson maximum likelihood (see {@link PoissonFit}).
 *
 * <p>Without an IRF the fit is a tail fit: it starts one rise time (10 % to peak) after the peak, where
 * the instrument response no longer shapes the curve, and ends where the smoothed signal has reached the
 * background (within 2σ), extended by half the decay span again so the background is pinned by data.
 * The background first guess is the lower of the mean of the first and of the last tenth of the bins.
 * With an IRF (same bins as the decay) the model is the IRF convolved with the decay, a free shift
 * between the two, and the fit starts just before the IRF rises; IRF bins under 0.1 % of its maximum (its
 * own background) are dropped.
 */
public final class Lifetime {

    public static final String METHOD = "lifetime@1";

    private Lifetime() {
    }

    /** Number of exponentials, optional IRF on the same bins, optional fit range in ps. */
    public record Settings(int components, Optional<Histogram> irf, OptionalDouble fromPs, OptionalDouble toPs) {

        public Settings {
            if (components != 1 && components != 2) {
                throw new IllegalArgumentException("components must be 1 (mono) or 2 (bi-exponential), got " + components);
            }
            if (fromPs.isPresent() && toPs.isPresent() && !(toPs.getAsDouble() > fromPs.getAsDouble())) {
                throw new IllegalArgumentException("fit range end " + toPs.getAsDouble() + " ps must be after its start "
                        + fromPs.getAsDouble() + " ps");
            }
        }

        public static Settings mono() {
            return new Settings(1, Optional.empty(), OptionalDouble.empty(), OptionalDouble.empty());
        }

        public static Settings bi() {
            return new Settings(2, Optional.empty(), OptionalDouble.empty(), OptionalDouble.empty());
        }

        public Settings withIrf(Histogram response) {
            return new Settings(components, Optional.of(response), fromPs, toPs);
        }

        public Settings withRange(double from, double to) {
            return new Settings(components, irf, OptionalDouble.of(from), OptionalDouble.of(to));
        }
    }

    public static LifetimeResult fit(Histogram histogram, Settings settings) {
        String what = "lifetime histogram";
        if (histogram.size() < 10) {
            throw new IllegalArgumentException(what + " has " + histogram.size() + " bins; need at least 10");
        }
        double bin = histogram.uniformBinWidth(what);
        histogram.requireCounts(what);
        double[] x = histogram.x();
        double[] y = histogram.counts();
        int n = y.length;
        Map<String, Object> used = new LinkedHashMap<>();
        used.put("binPs", bin);
        used.put("components", settings.components());

        double[] smooth = Numbers.runningMean(y, 3);
        int peak = 0;
        for (int i = 1; i < n; i++) {
            if (smooth[i] > smooth[peak]) {
                peak = i;
            }
        }
        int tenth = Math.max(1, n / 10);
        double head = 0;
        double tail = 0;
        for (int i = 0; i < tenth; i++) {
            head += y[i];
            tail += y[n - 1 - i];
        }
        double background = Math.min(head, tail) / tenth;
        double height = smooth[peak] - background;
        if (!(height > 0)) {
            throw new IllegalArgumentException(what + " shows no decay above its background (" + fmt(background) + " per bin)");
        }
        int riseStart = peak;
        while (riseStart > 0 && smooth[riseStart - 1] > background + 0.1 * height) {
            riseStart--;
        }
        int rise = Math.max(1, peak - riseStart);

        double[] irf = settings.irf().map(r -> irfWeights(r, histogram, what)).orElse(null);
        int from;
        if (settings.fromPs().isPresent()) {
            from = index(x, settings.fromPs().getAsDouble());
            used.put("rangeFrom", "given");
        } else if (irf != null) {
            int irfStart = 0;
            double irfMax = 0;
            for (double v : irf) {
                irfMax = Math.max(irfMax, v);
            }
            while (irfStart < n - 1 && irf[irfStart] < 0.01 * irfMax) {
                irfStart++;
            }
            from = Math.max(0, irfStart - 2);
            used.put("rangeFrom", "data: 2 bins before the IRF reaches 1 % of its maximum");
        } else {
            from = Math.min(n - 1, peak + rise);
            used.put("rangeFrom", "data: one rise time (" + rise + " bins) after the peak");
        }
        int to;
        if (settings.toPs().isPresent()) {
            to = index(x, settings.toPs().getAsDouble());
            used.put("rangeTo", "given");
        } else {
            int window = Math.max(5, 2 * rise + 1);
            double[] wide = Numbers.runningMean(y, window);
            double threshold = background + 2 * Math.sqrt(Math.max(background, 1.0) / window);
            int reach = Math.max(from, peak);
            while (reach < n - 1 && wide[reach] > threshold) {
                reach++;
            }
            to = Math.min(n - 1, reach + (reach - Math.max(from, peak)) / 2);
            used.put("rangeTo", "data: where the signal reaches the background, plus half the decay span");
        }
        int params = 2 * settings.components() + 1 + (irf != null ? 1 : 0);
        if (to - from + 1 < params + 5) {
            throw new IllegalArgumentException("lifetime fit range " + fmt(x[from]) + " … " + fmt(x[Math.min(to, n - 1)]) + " ps holds "
                    + Math.max(0, to - from + 1) + " bins; need at least " + (params + 5));
        }
        double[] xs = Arrays.copyOfRange(x, from, to + 1);
        double[] ys = Arrays.copyOfRange(y, from, to + 1);
        used.put("fromPs", xs[0]);
        used.put("toPs", xs[xs.length - 1]);
        used.put("weights", "Poisson (iteratively reweighted, = Poisson maximum likelihood)");

        double tauGuess = logLinearGuess(xs, ys, background, irf != null ? peak - from : 0, bin);
        PoissonFit.Outcome fit = irf == null
                ? tailFit(xs, ys, background, tauGuess, settings.components(), bin)
                : reconvolutionFit(x, y, from, to, irf, background, tauGuess, settings.components(), bin);
        used.put("irf", irf != null);
        return result(fit, settings.components(), irf != null, xs, used);
    }

    private static PoissonFit.Outcome tailFit(double[] xs, double[] ys, double background, double tauGuess, int components,
            double bin) {
        double x0 = xs[0];
        double span = xs[xs.length - 1] - x0 + bin;
        CurveModel mono = (p, out) -> {
            for (int i = 0; i < xs.length; i++) {
                out[i] = p[0] * Math.exp(-(xs[i] - x0) / p[1]) + p[2];
            }
        };
        double amplitude = Math.max(1, ys[0] - background);
        PoissonFit.Outcome one = PoissonFit.fit("mono-exponential lifetime fit", ys, mono,
                new double[] {amplitude, tauGuess, background},
                new double[] {amplitude, tauGuess, Math.max(1, background)},
                new double[] {0, bin / 50, 0}, new double[] {Double.POSITIVE_INFINITY, 100 * span, Double.POSITIVE_INFINITY},
                new String[] {"A", "tau", "background"});
        if (components == 1) {
            return one;
        }
        double[] p = one.parameters();
        CurveModel bi = (q, out) -> {
            for (int i = 0; i < xs.length; i++) {
                double t = xs[i] - x0;
                out[i] = q[0] * Math.exp(-t / q[1]) + q[2] * Math.exp(-t / q[3]) + q[4];
            }
        };
        double[] typical = {p[0], p[1], p[0], p[1], Math.max(1, p[2])};
        double[] lower = {0, bin / 50, 0, bin / 50, 0};
        double[] upper = {Double.POSITIVE_INFINITY, 100 * span, Double.POSITIVE_INFINITY, 100 * span, Double.POSITIVE_INFINITY};
        String[] names = {"A1", "tau1", "A2", "tau2", "background"};
        // a second start guards against Levenberg–Marquardt parking a component on its bound; the lower χ² wins
        PoissonFit.Outcome best = null;
        IllegalArgumentException failure = null;
        for (double[] start : List.of(peel(xs, ys, p, background), new double[] {p[0] / 2, p[1] / 3, p[0] / 2, p[1] * 2, p[2]})) {
            try {
                PoissonFit.Outcome fit = PoissonFit.fit("bi-exponential lifetime fit", ys, bi, start, typical, lower, upper, names);
                if (distinct(fit, lower[1]) && (best == null || fit.chi2() < best.chi2())) {
                    best = fit;
                }
            } catch (IllegalArgumentException ex) {
                failure = ex;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("bi-exponential lifetime fit found no two distinct components (lifetimes"
                    + " within 3σ or 10 % of each other, an amplitude under 2σ, or a lifetime at the " + fmt(lower[1])
                    + " ps limit); a mono-exponential describes these data", failure);
        }
        return best;
    }

    /** Two real components: lifetimes apart by 10 % and 3σ, both amplitudes above 2σ, neither lifetime on its bound. */
    private static boolean distinct(PoissonFit.Outcome fit, double tauLimit) {
        double[] p = fit.parameters();
        double t1 = Math.min(p[1], p[3]);
        double t2 = Math.max(p[1], p[3]);
        return t1 > tauLimit * 1.001
                && t2 > 1.1 * t1
                && t2 - t1 > 3 * Math.hypot(fit.sigma(1), fit.sigma(3))
                && p[0] > 2 * fit.sigma(0)
                && p[2] > 2 * fit.sigma(2);
    }

    private static PoissonFit.Outcome reconvolutionFit(double[] x, double[] y, int from, int to, double[] irf,
            double background, double tauGuess, int components, double bin) {
        int lo = 0;
        while (lo < irf.length - 1 && irf[lo] == 0) {
            lo++;
        }
        int hi = irf.length - 1;
        while (hi > lo && irf[hi] == 0) {
            hi--;
        }
        int irfFrom = lo;
        int irfTo = hi;
        double span = x[to] - x[from] + bin;
        double[] ys = Arrays.copyOfRange(y, from, to + 1);
        CurveModel model = (p, out) -> {
            for (int i = from; i <= to; i++) {
                double sum = p[p.length - 1];
                for (int c = 0; c + 1 < p.length - 1; c += 2) {
                    double decay = 0;
                    for (int j = irfFrom; j <= Math.min(irfTo, i); j++) {
                        decay += irf[j] * binnedDecay(x[i] - x[j] - p[p.length - 2], p[c + 1], bin);
                    }
                    sum += p[c] * decay;
                }
                out[i - from] = sum;
            }
        };
        // parameters: A1, tau1, [A2, tau2], shift, background (shift and background last, so components index in pairs)
        double total = 0;
        for (double v : ys) {
            total += Math.max(0, v - background);
        }
        double amplitude = Math.max(1, total * bin / tauGuess);
        double[] start;
        double[] typical;
        double[] lower;
        double[] upper;
        String[] names;
        if (components == 1) {
            start = new double[] {amplitude, tauGuess, 0, background};
            typical = new double[] {amplitude, tauGuess, bin, Math.max(1, background)};
            lower = new double[] {0, bin / 50, -span / 2, 0};
            upper = new double[] {Double.POSITIVE_INFINITY, 100 * span, span / 2, Double.POSITIVE_INFINITY};
            names = new String[] {"A", "tau", "shift", "background"};
        } else {
            start = new double[] {amplitude / 2, tauGuess / 3, amplitude / 2, tauGuess * 2, 0, background};
            typical = new double[] {amplitude, tauGuess, amplitude, tauGuess, bin, Math.max(1, background)};
            lower = new double[] {0, bin / 50, 0, bin / 50, -span / 2, 0};
            upper = new double[] {Double.POSITIVE_INFINITY, 100 * span, Double.POSITIVE_INFINITY, 100 * span, span / 2,
                    Double.POSITIVE_INFINITY};
            names = new String[] {"A1", "tau1", "A2", "tau2", "shift", "background"};
        }
        return PoissonFit.fit(components == 1 ? "mono-exponential reconvolution fit" : "bi-exponential reconvolution fit",
                ys, model, start, typical, lower, upper, names);
    }

    /** Mean of e^{−v/τ}·θ(v) over one bin centred at u, so sub-bin shifts change the model smoothly. */
    static double binnedDecay(double u, double tau, double bin) {
        double hi = u + bin / 2;
        if (hi <= 0) {
            return 0;
        }
        double lo = Math.max(0, u - bin / 2);
        return tau * (Math.exp(-lo / tau) - Math.exp(-hi / tau)) / bin;
    }

    private static LifetimeResult result(PoissonFit.Outcome fit, int components, boolean irf, double[] xs,
            Map<String, Object> used) {
        double[] p = fit.parameters();
        int bgIndex = p.length - 1;
        Optional<Estimate> shift = irf ? Optional.of(fit.estimate(p.length - 2)) : Optional.empty();
        List<Estimate> taus = new ArrayList<>();
        List<Estimate> amps = new ArrayList<>();
        Estimate tau;
        if (components == 1) {
            amps.add(fit.estimate(0));
            taus.add(fit.estimate(1));
            tau = fit.estimate(1);
        } else {
            int first = p[1] <= p[3] ? 0 : 2;
            int second = 2 - first;
            amps.add(fit.estimate(first));
            taus.add(fit.estimate(first + 1));
            amps.add(fit.estimate(second));
            taus.add(fit.estimate(second + 1));
            tau = intensityWeightedMean(fit);
        }
        return new LifetimeResult(tau, taus, amps, fit.estimate(bgIndex), shift, xs[0], xs[xs.length - 1], fit.quality(),
                new FittedCurve(xs, fit.model()), used, METHOD);
    }

    /** τ̄ = Σ Aᵢτᵢ² / Σ Aᵢτᵢ with σ from the full covariance of (A1, τ1, A2, τ2). */
    private static Estimate intensityWeightedMean(PoissonFit.Outcome fit) {
        double[] p = fit.parameters();
        double a1 = p[0];
        double t1 = p[1];
        double a2 = p[2];
        double t2 = p[3];
        double num = a1 * t1 * t1 + a2 * t2 * t2;
        double den = a1 * t1 + a2 * t2;
        double mean = num / den;
        double[] grad = {
            (t1 * t1 - mean * t1) / den,
            (2 * a1 * t1 - mean * a1) / den,
            (t2 * t2 - mean * t2) / den,
            (2 * a2 * t2 - mean * a2) / den};
        double variance = 0;
        double[][] cov = fit.covariance();
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                variance += grad[i] * cov[i][j] * grad[j];
            }
        }
        return Estimate.of(mean, Math.sqrt(Math.max(0, variance)));
    }

    /**
     * Start values (A1, τ1, A2, τ2, B) by peeling: with B the head/tail background, a line through
     * log(counts − B) over the later 70 % of the range gives the slow component, the same through what is left
     * over the first 30 % the fast one. Starting both from the mono fit lets Levenberg–Marquardt run the fast
     * component into a one-bin spike; the mono fit's background also absorbs part of the slow tail.
     */
    private static double[] peel(double[] xs, double[] ys, double[] mono, double background) {
        double x0 = xs[0];
        double span = xs[xs.length - 1] - x0;
        double b = background;
        double[] slow = logLine(xs, ys, b, x0 + 0.3 * span, Double.POSITIVE_INFINITY, null, 0);
        double[] fast = slow == null ? null : logLine(xs, ys, b, x0, x0 + 0.3 * span, slow, x0);
        if (slow == null || fast == null || !(fast[1] < slow[1])) {
            return new double[] {mono[0] / 2, mono[1] / 3, mono[0] / 2, mono[1] * 2, b};
        }
        return new double[] {fast[0], fast[1], slow[0], slow[1], b};
    }

    /** (amplitude at x0, τ) of a count-weighted line through log(y − b − other) for x in [from, to), or null. */
    private static double[] logLine(double[] xs, double[] ys, double b, double from, double to, double[] other, double x0) {
        double sw = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        int points = 0;
        for (int i = 0; i < xs.length; i++) {
            if (xs[i] < from || xs[i] >= to) {
                continue;
            }
            double v = ys[i] - b - (other == null ? 0 : other[0] * Math.exp(-(xs[i] - x0) / other[1]));
            if (v > 2) {
                double t = xs[i] - xs[0];
                double ly = Math.log(v);
                sw += v;
                sx += v * t;
                sy += v * ly;
                sxx += v * t * t;
                sxy += v * t * ly;
                points++;
            }
        }
        double denominator = sw * sxx - sx * sx;
        if (points < 3 || !(denominator > 0)) {
            return null;
        }
        double slope = (sw * sxy - sx * sy) / denominator;
        double intercept = (sy - slope * sx) / sw;
        return slope < 0 ? new double[] {Math.exp(intercept), -1 / slope} : null;
    }

    /** First guess of τ from a straight line through log(counts − background) over the fitted bins. */
    private static double logLinearGuess(double[] xs, double[] ys, double background, int skip, double bin) {
        double sw = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int i = Math.max(0, skip); i < xs.length; i++) {
            double v = ys[i] - background;
            if (v > 2) {
                double w = v;
                double ly = Math.log(v);
                sw += w;
                sx += w * xs[i];
                sy += w * ly;
                sxx += w * xs[i] * xs[i];
                sxy += w * xs[i] * ly;
            }
        }
        double denominator = sw * sxx - sx * sx;
        double slope = denominator > 0 ? (sw * sxy - sx * sy) / denominator : 0;
        double tau = slope < 0 ? -1 / slope : (xs[xs.length - 1] - xs[0]) / 3;
        return Math.max(bin, tau);
    }

    private static double[] irfWeights(Histogram response, Histogram decay, String what) {
        if (response.size() != decay.size()) {
            throw new IllegalArgumentException("IRF has " + response.size() + " bins but the " + what + " has " + decay.size()
                    + "; both must share the same bins");
        }
        double[] rx = response.x();
        double[] dx = decay.x();
        double bin = (dx[dx.length - 1] - dx[0]) / (dx.length - 1);
        for (int i = 0; i < rx.length; i++) {
            if (Math.abs(rx[i] - dx[i]) > 1e-6 * bin) {
                throw new IllegalArgumentException("IRF bin " + i + " is centred at " + rx[i] + " ps but the decay bin at " + dx[i]
                        + " ps; both must share the same bins");
            }
        }
        response.requireCounts("IRF");
        double[] w = response.counts();
        double max = 0;
        for (double v : w) {
            max = Math.max(max, v);
        }
        // the IRF's own flat background would smear the model over the whole range and cost O(n²)
        double total = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = w[i] < 1e-3 * max ? 0 : w[i];
            total += w[i];
        }
        for (int i = 0; i < w.length; i++) {
            w[i] /= total;
        }
        return w;
    }

    private static int index(double[] x, double value) {
        double bin = (x[x.length - 1] - x[0]) / (x.length - 1);
        int i = (int) Math.round((value - x[0]) / bin);
        if (i < 0 || i >= x.length) {
            throw new IllegalArgumentException("fit range limit " + fmt(value) + " ps lies outside the histogram (" + fmt(x[0])
                    + " … " + fmt(x[x.length - 1]) + " ps)");
        }
        return i;
    }
}
