package org.photonledger.processing.analysis;

import static org.photonledger.processing.analysis.Numbers.fmt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * g²(0) of a pulsed Hanbury Brown–Twiss histogram by peak areas (delays in ps).
 *
 * <p>Steps: the period from the autocorrelation (unless given), refined with the peak centroids; the
 * zero-delay peak is the one nearest the expected zero (0 ps unless given), except that when that peak
 * looks like an ordinary side peak and exactly one other peak is strongly suppressed, the suppressed one
 * is taken, because a cable delay longer than half a period has moved it there. Every peak is integrated
 * in the same number of bins; the default window is the smallest one holding 99 % of the mean side-peak
 * profile above its floor. A flat background is the mean count of the bins farther than two window widths
 * from every peak centre (at most 0.45 period, so a tenth of every period is always left). Side peaks cut
 * by the histogram edge are not used, nor those under half the median side-peak area (missing peaks). When the ±1 peaks are significantly (> 3σ) higher than the far peaks
 * (bunching from blinking), only the far half normalises, since g²(τ) → 1 is defined at long delays.
 */
public final class PulsedG2 {

    public static final String METHOD = "g2-pulsed@1";

    /** Share of the mean side-peak profile the default window must hold. */
    static final double WINDOW_AREA_SHARE = 0.99;

    private PulsedG2() {
    }

    /** Background treatment: none, or a flat level estimated between the peaks and subtracted. */
    public enum Background {
        NONE, FLAT;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Settings; empty values are chosen from the data and reported in the result. */
    public record Settings(OptionalDouble periodPs, OptionalDouble windowPs, Background background,
            OptionalDouble expectedZeroPs) {

        public Settings {
            positive("period", periodPs);
            positive("window", windowPs);
            if (background == null) {
                throw new IllegalArgumentException("background must be none or flat, got null");
            }
            if (expectedZeroPs.isPresent() && !Double.isFinite(expectedZeroPs.getAsDouble())) {
                throw new IllegalArgumentException("expected zero delay must be finite, got " + expectedZeroPs.getAsDouble());
            }
        }

        public static Settings defaults() {
            return new Settings(OptionalDouble.empty(), OptionalDouble.empty(), Background.NONE, OptionalDouble.empty());
        }

        public Settings withPeriodPs(double ps) {
            return new Settings(OptionalDouble.of(ps), windowPs, background, expectedZeroPs);
        }

        public Settings withWindowPs(double ps) {
            return new Settings(periodPs, OptionalDouble.of(ps), background, expectedZeroPs);
        }

        public Settings withBackground(Background b) {
            return new Settings(periodPs, windowPs, b, expectedZeroPs);
        }

        public Settings withExpectedZeroPs(double ps) {
            return new Settings(periodPs, windowPs, background, OptionalDouble.of(ps));
        }

        private static void positive(String name, OptionalDouble v) {
            if (v.isPresent() && !(v.getAsDouble() > 0 && Double.isFinite(v.getAsDouble()))) {
                throw new IllegalArgumentException(name + " must be a finite number of ps > 0, got " + v.getAsDouble());
            }
        }
    }

    private record Peak(int index, int distance, double sum) {
    }

    public static PulsedG2Result analyse(Histogram histogram, Settings settings) {
        String what = "pulsed g² histogram";
        if (histogram.size() < 8) {
            throw new IllegalArgumentException(what + " has " + histogram.size() + " bins; need at least 8");
        }
        double bin = histogram.uniformBinWidth(what);
        histogram.requireCounts(what);
        double[] x = histogram.x();
        double[] y = histogram.counts();
        int n = y.length;
        double span = x[n - 1] - x[0] + bin;
        Map<String, Object> used = new LinkedHashMap<>();
        used.put("binPs", bin);
        used.put("bins", n);

        double period;
        if (settings.periodPs().isPresent()) {
            period = settings.periodPs().getAsDouble();
            if (period < 4 * bin) {
                throw new IllegalArgumentException("period " + fmt(period) + " ps is shorter than 4 bins of " + fmt(bin) + " ps");
            }
            used.put("periodFrom", "given");
        } else {
            period = PeakComb.periodFromAutocorrelation(y, bin);
            used.put("periodFrom", "data: autocorrelation, refined by peak-centroid regression");
        }
        if (span < period * 1.5) {
            throw new IllegalArgumentException("no side peaks: the histogram spans " + fmt(span) + " ps, less than 1.5 periods of "
                    + fmt(period) + " ps");
        }
        PeakComb comb = PeakComb.locate(x, y, period, settings.periodPs().isPresent());
        period = comb.periodPs();
        used.put("periodPs", period);

        int kFirst = (int) Math.ceil((x[0] - comb.originPs()) / period);
        int kLast = (int) Math.floor((x[n - 1] - comb.originPs()) / period);
        int kZero = zeroPeak(x, y, bin, comb, kFirst, kLast, settings, used);
        double zeroPs = comb.position(kZero);

        int binsPerPeriod = (int) Math.floor(period / bin + 1e-9);
        int width;
        if (settings.windowPs().isPresent()) {
            double w = settings.windowPs().getAsDouble();
            width = (int) Math.round(w / bin);
            if (width < 1) {
                throw new IllegalArgumentException("window " + fmt(w) + " ps is narrower than one bin (" + fmt(bin) + " ps)");
            }
            if (width > binsPerPeriod) {
                throw new IllegalArgumentException("window " + fmt(w) + " ps is wider than the period " + fmt(period)
                        + " ps; neighbouring windows would overlap");
            }
            used.put("windowFrom", "given");
        } else {
            width = defaultWindow(y, bin, comb, kFirst, kLast, kZero, binsPerPeriod, x[0]);
            used.put("windowFrom", "data: smallest window holding 99 % of the mean side-peak area");
        }
        used.put("windowPs", width * bin);
        used.put("windowBins", width);

        double background = 0;
        double backgroundVariance = 0;
        if (settings.background() == Background.FLAT) {
            double gap = Math.min(2.0 * width * bin, 0.45 * period);
            double sum = 0;
            int count = 0;
            for (int i = 0; i < n; i++) {
                double d = x[i] - comb.originPs();
                d -= period * Math.rint(d / period);
                if (Math.abs(d) > gap) {
                    sum += y[i];
                    count++;
                }
            }
            if (count < 10) {
                throw new IllegalArgumentException("flat background needs bins between the peaks, but with a " + fmt(width * bin)
                        + " ps window and a " + fmt(period) + " ps period only " + count
                        + " bins lie clear of them; use background none or a narrower window");
            }
            background = sum / count;
            backgroundVariance = Math.max(sum, 1.0) / ((double) count * count);
            used.put("backgroundBins", count);
        }
        used.put("background", settings.background().label());

        Peak central = integrate(y, x[0], bin, comb, kZero, kZero, width);
        if (central == null) {
            throw new IllegalArgumentException("the zero-delay peak at " + fmt(zeroPs) + " ps is cut by the histogram edge ("
                    + fmt(x[0]) + " … " + fmt(x[n - 1]) + " ps)");
        }
        List<Peak> sides = new ArrayList<>();
        for (int k = kFirst - 1; k <= kLast + 1; k++) {
            if (k != kZero) {
                Peak p = integrate(y, x[0], bin, comb, k, kZero, width);
                if (p != null) {
                    sides.add(p);
                }
            }
        }
        if (sides.isEmpty()) {
            throw new IllegalArgumentException("no side peaks: no complete " + fmt(width * bin) + " ps window fits at ±"
                    + fmt(period) + " ps around the zero-delay peak at " + fmt(zeroPs) + " ps inside " + fmt(x[0]) + " … "
                    + fmt(x[n - 1]) + " ps");
        }
        double widthBg = width * background;
        int excluded = 0;
        if (sides.size() >= 3) {
            double median = Numbers.median(sides.stream().mapToDouble(p -> p.sum() - widthBg).toArray());
            List<Peak> kept = sides.stream().filter(p -> p.sum() - widthBg >= 0.5 * median).toList();
            excluded = sides.size() - kept.size();
            sides = kept;
        }
        used.put("sidePeaksExcluded", excluded);

        Optional<Estimate> ratio = Optional.empty();
        boolean bunched = false;
        List<Peak> norm = sides;
        String normalisation = "all " + sides.size() + " side peaks";
        int maxDistance = sides.stream().mapToInt(p -> Math.abs(p.distance())).max().orElse(0);
        List<Peak> near = sides.stream().filter(p -> Math.abs(p.distance()) == 1).toList();
        if (maxDistance >= 2 && !near.isEmpty()) {
            int farFrom = Math.max(2, (int) Math.ceil(maxDistance / 2.0));
            List<Peak> far = sides.stream().filter(p -> Math.abs(p.distance()) >= farFrom).toList();
            Estimate r = areaRatio(near, far, width, background, backgroundVariance);
            ratio = Optional.of(r);
            if (r.value() - 1 > 3 * r.sigma()) {
                bunched = true;
                norm = far;
                normalisation = "far side peaks |k| ≥ " + farFrom + " (" + far.size()
                        + " peaks); the ±1 peaks are bunched by blinking";
            }
            used.put("farSidePeaksFrom", farFrom);
        }
        used.put("normalisation", normalisation);
        if (bunched && norm.isEmpty()) {
            throw new IllegalArgumentException("no far side peaks left to normalise by");
        }

        double sideSum = norm.stream().mapToDouble(Peak::sum).sum();
        int count = norm.size();
        double meanSide = sideSum / count - widthBg;
        if (!(meanSide > 0)) {
            throw new IllegalArgumentException("the side peaks hold no counts above the background (" + fmt(background)
                    + " per bin); nothing to normalise by");
        }
        double centralArea = central.sum() - widthBg;
        double g2 = centralArea / meanSide;
        // first-order propagation with independent Poisson sums; the background sits in numerator and denominator,
        // so it enters as w(g − 1)/Ā. An empty window still carries the uncertainty of one count, not zero.
        double centralVariance = Math.max(central.sum(), 1.0);
        double variance = centralVariance / (meanSide * meanSide)
                + g2 * g2 * sideSum / ((double) count * count * meanSide * meanSide)
                + Math.pow(width * (1 - g2) / meanSide, 2) * backgroundVariance;
        Estimate g2Zero = Estimate.of(g2, Math.sqrt(variance));

        double chi2 = 0;
        for (Peak p : norm) {
            double d = p.sum() - widthBg - meanSide;
            chi2 += d * d / Math.max(p.sum(), 1.0);
        }
        Estimate periodEstimate = Estimate.of(period, comb.periodSigmaPs());
        Estimate zeroEstimate = Estimate.of(zeroPs, comb.positionSigma(kZero));
        double sideAreaSigma = Math.sqrt(sideSum / ((double) count * count) + width * width * backgroundVariance);
        return new PulsedG2Result(g2Zero, g2Zero.oneMinus(), periodEstimate, zeroEstimate, width * bin, count,
                Estimate.of(background, Math.sqrt(backgroundVariance)),
                Estimate.of(centralArea, Math.sqrt(centralVariance + width * width * backgroundVariance)),
                Estimate.of(meanSide, sideAreaSigma), ratio, bunched, normalisation,
                FitQuality.of(chi2, count - 1), used, METHOD);
    }

    /** Picks the zero-delay peak index; see the class comment for the rule. */
    private static int zeroPeak(double[] x, double[] y, double bin, PeakComb comb, int kFirst, int kLast,
            Settings settings, Map<String, Object> used) {
        double expected = settings.expectedZeroPs().orElse(0);
        used.put("expectedZeroPs", expected);
        int near = (int) Math.round((expected - comb.originPs()) / comb.periodPs());
        if (near < kFirst || near > kLast) {
            throw new IllegalArgumentException("the expected zero delay " + fmt(expected)
                    + " ps lies outside the peaks of the histogram ("
                    + fmt(x[0]) + " … " + fmt(x[x.length - 1]) + " ps)");
        }
        if (settings.expectedZeroPs().isPresent()) {
            used.put("zeroDelayFrom", "given: peak nearest " + fmt(expected) + " ps");
            return near;
        }
        int quarter = Math.max(1, (int) Math.floor(comb.periodPs() / 4 / bin));
        List<double[]> sums = new ArrayList<>();
        for (int k = kFirst; k <= kLast; k++) {
            int c = (int) Math.round((comb.position(k) - x[0]) / bin);
            if (c - quarter >= 0 && c + quarter < y.length) {
                double s = 0;
                for (int i = c - quarter; i <= c + quarter; i++) {
                    s += y[i];
                }
                sums.add(new double[] {k, s});
            }
        }
        if (sums.size() >= 4) {
            double median = Numbers.median(sums.stream().mapToDouble(s -> s[1]).toArray());
            double nearSum = sums.stream().filter(s -> s[0] == near).mapToDouble(s -> s[1]).findFirst().orElse(0);
            List<double[]> suppressed = sums.stream()
                    .filter(s -> s[1] < 0.5 * median && median - s[1] > 5 * Math.sqrt(median))
                    .toList();
            if (nearSum >= 0.8 * median && suppressed.size() == 1) {
                used.put("zeroDelayFrom", "data: the only suppressed peak (cable-delay offset beyond half a period)");
                return (int) suppressed.get(0)[0];
            }
        }
        used.put("zeroDelayFrom", "data: peak nearest " + fmt(expected) + " ps");
        return near;
    }

    /** Smallest odd number of bins around a side peak holding {@link #WINDOW_AREA_SHARE} of the folded profile. */
    private static int defaultWindow(double[] y, double bin, PeakComb comb, int kFirst, int kLast, int kZero,
            int binsPerPeriod, double x0) {
        int half = (binsPerPeriod - 1) / 2;
        double[] profile = new double[2 * half + 1];
        int teeth = 0;
        for (int k = kFirst - 1; k <= kLast + 1; k++) {
            if (k == kZero) {
                continue;
            }
            int c = (int) Math.round((comb.position(k) - x0) / bin);
            if (c - half < 0 || c + half >= y.length) {
                continue;
            }
            for (int j = -half; j <= half; j++) {
                profile[j + half] += y[c + j];
            }
            teeth++;
        }
        if (teeth == 0) {
            throw new IllegalArgumentException("no complete side peak lies inside the histogram to choose the window from;"
                    + " give the window");
        }
        int edge = Math.max(1, (int) Math.round(0.1 * half));
        double floor = 0;
        int floorBins = 0;
        for (int j = -half; j <= half; j++) {
            if (Math.abs(j) > half - edge) {
                floor += profile[j + half];
                floorBins++;
            }
        }
        floor /= floorBins;
        double total = 0;
        for (double v : profile) {
            total += v - floor;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("the side peaks do not rise above the counts between them; give the window");
        }
        double area = profile[half] - floor;
        int h = 0;
        while (area < WINDOW_AREA_SHARE * total && h < half) {
            h++;
            area += profile[half + h] + profile[half - h] - 2 * floor;
        }
        return Math.min(2 * h + 1, binsPerPeriod);
    }

    /** Counts in the {@code width}-bin window centred on peak {@code k}, or null when the window leaves the histogram. */
    private static Peak integrate(double[] y, double x0, double bin, PeakComb comb, int k, int kZero, int width) {
        int start = (int) Math.round((comb.position(k) - x0) / bin - (width - 1) / 2.0);
        if (start < 0 || start + width > y.length) {
            return null;
        }
        double s = 0;
        for (int i = start; i < start + width; i++) {
            s += y[i];
        }
        return new Peak(k, k - kZero, s);
    }

    /** Mean near-peak area over mean far-peak area, σ propagated from Poisson counts and the background. */
    private static Estimate areaRatio(List<Peak> near, List<Peak> far, int width, double background, double backgroundVariance) {
        double nearSum = near.stream().mapToDouble(Peak::sum).sum();
        double farSum = far.stream().mapToDouble(Peak::sum).sum();
        double nearMean = nearSum / near.size() - width * background;
        double farMean = farSum / far.size() - width * background;
        if (!(farMean > 0)) {
            return Estimate.exact(1.0);
        }
        double r = nearMean / farMean;
        double variance = nearSum / Math.pow(near.size() * farMean, 2)
                + r * r * farSum / Math.pow(far.size() * farMean, 2)
                + Math.pow(width * (r - 1) / farMean, 2) * backgroundVariance;
        return Estimate.of(r, Math.sqrt(variance));
    }
}
