package org.photonledger.processing.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.special.Gamma;

/**
 * Blinking statistics of a count-rate trace (whole counts per bin, bin width in ms).
 *
 * <p>The intensity histogram is modelled as a mixture of two Poisson distributions (off and on) fitted by
 * expectation–maximisation; the on/off threshold is the midpoint (λon + λoff)/2 of the two levels. The
 * midpoint, rather than the minimum-error boundary of the mixture, splits bins that switch state halfway
 * through at half their on-time, so the on-fraction is not biased by them. When the two levels are
 * closer than 3 standard deviations, (λon − λoff) &lt; 3·√(λon + λoff), the trace is a single level and
 * everything counts as on. The on-fraction's σ comes from 20 contiguous blocks (the spread of their
 * fractions / √20), because neighbouring bins are correlated through the dwell times. χ² compares the
 * intensity histogram with the mixture, classes pooled to ≥ 5 expected entries.
 */
public final class Blinking {

    public static final String METHOD = "blinking@1";

    static final int BLOCKS = 20;

    private Blinking() {
    }

    public static BlinkingResult analyse(double[] counts, double binMs) {
        if (!(binMs > 0) || !Double.isFinite(binMs)) {
            throw new IllegalArgumentException("trace bin width must be a finite number of ms > 0, got " + binMs);
        }
        if (counts == null || counts.length == 0) {
            throw new IllegalArgumentException("count-rate trace is empty (no bins)");
        }
        int n = counts.length;
        if (n < 2 * BLOCKS) {
            throw new IllegalArgumentException("count-rate trace has " + n + " bins; need at least " + 2 * BLOCKS);
        }
        int max = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
            double c = counts[i];
            if (!Double.isFinite(c) || c < 0 || c != Math.rint(c)) {
                throw new IllegalArgumentException("trace bin " + i + " holds " + c + "; a count-rate trace holds whole counts ≥ 0");
            }
            if (c > 10_000_000) {
                throw new IllegalArgumentException("trace bin " + i + " holds " + c + " counts; at most 10⁷ per bin are supported");
            }
            max = Math.max(max, (int) c);
            total += c;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("count-rate trace holds no counts (all " + n + " bins are zero)");
        }
        long[] histogram = new long[max + 1];
        for (double c : counts) {
            histogram[(int) c]++;
        }

        double[] sorted = counts.clone();
        Arrays.sort(sorted);
        double off = sorted[n / 10];
        double on = Math.max(sorted[(9 * n) / 10], off + 1);
        double onWeight = 0.5;
        for (int iteration = 0; iteration < 2000; iteration++) {
            double sumR = 0;
            double sumRk = 0;
            double sumK = 0;
            for (int k = 0; k <= max; k++) {
                if (histogram[k] == 0) {
                    continue;
                }
                double r = onProbability(k, off, on, onWeight);
                sumR += histogram[k] * r;
                sumRk += histogram[k] * r * k;
                sumK += histogram[k] * (double) k;
            }
            double nextWeight = sumR / n;
            double nextOn = sumR > 0 ? sumRk / sumR : on;
            double nextOff = n - sumR > 0 ? Math.max(1e-9, (sumK - sumRk) / (n - sumR)) : off;
            boolean settled = Math.abs(nextOn - on) < 1e-9 * (1 + on) && Math.abs(nextOff - off) < 1e-9 * (1 + off)
                    && Math.abs(nextWeight - onWeight) < 1e-12;
            on = nextOn;
            off = nextOff;
            onWeight = nextWeight;
            if (settled) {
                break;
            }
        }
        if (on < off) {
            double t = on;
            on = off;
            off = t;
            onWeight = 1 - onWeight;
        }
        boolean twoLevels = on - off >= 3 * Math.sqrt(on + off) && onWeight > 1.0 / n && onWeight < 1 - 1.0 / n;
        double threshold;
        Estimate onLevel;
        Estimate offLevel;
        if (twoLevels) {
            threshold = (on + off) / 2;
            double onBins = onWeight * n;
            onLevel = Estimate.of(on, Math.sqrt(on / onBins));
            offLevel = Estimate.of(off, Math.sqrt(Math.max(off, 1.0 / n) / ((1 - onWeight) * n)));
        } else {
            double mean = total / n;
            threshold = -0.5;
            onLevel = Estimate.of(mean, Math.sqrt(mean / n));
            offLevel = onLevel;
        }
        boolean[] state = new boolean[n];
        int onCount = 0;
        for (int i = 0; i < n; i++) {
            state[i] = counts[i] > threshold;
            onCount += state[i] ? 1 : 0;
        }
        double fraction = onCount / (double) n;
        int blockSize = n / BLOCKS;
        double sum = 0;
        double sumSq = 0;
        for (int b = 0; b < BLOCKS; b++) {
            int c = 0;
            for (int i = b * blockSize; i < (b + 1) * blockSize; i++) {
                c += state[i] ? 1 : 0;
            }
            double f = c / (double) blockSize;
            sum += f;
            sumSq += f * f;
        }
        double blockMean = sum / BLOCKS;
        double blockVariance = Math.max(0, (sumSq - BLOCKS * blockMean * blockMean) / (BLOCKS - 1));
        Estimate onFraction = Estimate.of(fraction, Math.sqrt(blockVariance / BLOCKS));

        List<Integer> onRuns = new ArrayList<>();
        List<Integer> offRuns = new ArrayList<>();
        int runStart = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || state[i] != state[runStart]) {
                boolean complete = runStart > 0 && i < n;
                if (complete) {
                    (state[runStart] ? onRuns : offRuns).add(i - runStart);
                }
                runStart = i;
            }
        }
        FitQuality quality = twoLevels ? mixtureChi2(histogram, n, off, on, onWeight) : FitQuality.none();
        Map<String, Object> used = new LinkedHashMap<>();
        used.put("binMs", binMs);
        used.put("bins", n);
        used.put("thresholdMethod", twoLevels
                ? "midpoint of the two levels of a two-Poisson mixture fitted by expectation-maximisation"
                : "single level (levels closer than 3σ): all bins on");
        used.put("onWeight", onWeight);
        used.put("fractionBlocks", BLOCKS);
        return new BlinkingResult(binMs, histogram, offLevel, onLevel, threshold, twoLevels, onFraction,
                dwell(onRuns, binMs), dwell(offRuns, binMs), quality, used, METHOD);
    }

    /** Posterior probability that a bin with k counts is on. */
    private static double onProbability(int k, double off, double on, double onWeight) {
        if (onWeight <= 0) {
            return 0;
        }
        if (onWeight >= 1) {
            return 1;
        }
        double logRatio = Math.log((1 - onWeight) / onWeight) + k * Math.log(off / on) - off + on;
        if (logRatio > 700) {
            return 0;
        }
        return 1 / (1 + Math.exp(logRatio));
    }

    private static BlinkingResult.Dwell dwell(List<Integer> runs, double binMs) {
        if (runs.isEmpty()) {
            return BlinkingResult.Dwell.none();
        }
        double[] ms = runs.stream().mapToDouble(r -> r * binMs).sorted().toArray();
        double mean = Arrays.stream(ms).average().orElse(0);
        double variance = 0;
        for (double v : ms) {
            variance += (v - mean) * (v - mean);
        }
        double sigma = ms.length > 1 ? Math.sqrt(variance / (ms.length - 1) / ms.length) : mean;
        return new BlinkingResult.Dwell(ms.length, Estimate.of(mean, sigma), Numbers.median(ms), ms[ms.length - 1]);
    }

    /** Pearson χ² of the intensity histogram against the fitted mixture, classes pooled to ≥ 5 expected entries. */
    private static FitQuality mixtureChi2(long[] histogram, int n, double off, double on, double onWeight) {
        double chi2 = 0;
        int classes = 0;
        double observed = 0;
        double expected = 0;
        double cumulativeExpected = 0;
        for (int k = 0; k < histogram.length; k++) {
            double p = onWeight * poisson(k, on) + (1 - onWeight) * poisson(k, off);
            observed += histogram[k];
            expected += n * p;
            cumulativeExpected += n * p;
            boolean last = k == histogram.length - 1;
            if (last) {
                expected += Math.max(0, n - cumulativeExpected);
            }
            if (expected >= 5 || last) {
                if (expected > 0) {
                    chi2 += (observed - expected) * (observed - expected) / expected;
                    classes++;
                }
                observed = 0;
                expected = 0;
            }
        }
        return FitQuality.of(chi2, Math.max(0, classes - 4));
    }

    private static double poisson(int k, double lambda) {
        if (lambda <= 0) {
            return k == 0 ? 1 : 0;
        }
        return Math.exp(k * Math.log(lambda) - lambda - Gamma.logGamma(k + 1.0));
    }
}
