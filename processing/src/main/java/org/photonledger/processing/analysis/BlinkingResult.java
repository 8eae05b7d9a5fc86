package org.photonledger.processing.analysis;

import java.util.Map;

/**
 * On/off analysis of a count-rate trace.
 *
 * @param binMs              trace bin width
 * @param intensityHistogram occurrences of each count value per bin, index = counts per bin
 * @param offLevel           mean counts per bin in the off (dark) state
 * @param onLevel            mean counts per bin in the on (bright) state
 * @param thresholdCounts    bins with more counts than this are on
 * @param twoLevels          false when the trace shows a single intensity level (then everything is on)
 * @param onFraction         share of bins that are on, σ from 20 contiguous blocks
 * @param on                 statistics of complete on periods
 * @param off                statistics of complete off periods
 */
public record BlinkingResult(
        double binMs,
        long[] intensityHistogram,
        Estimate offLevel,
        Estimate onLevel,
        double thresholdCounts,
        boolean twoLevels,
        Estimate onFraction,
        Dwell on,
        Dwell off,
        FitQuality quality,
        Map<String, Object> parameters,
        String method) implements AnalysisResult {

    public BlinkingResult {
        intensityHistogram = intensityHistogram.clone();
        parameters = AnalysisResult.frozen(parameters);
    }

    @Override
    public long[] intensityHistogram() {
        return intensityHistogram.clone();
    }

    /**
     * Dwell times of complete periods in one state (the truncated first and last periods are left out).
     *
     * @param periods   number of complete periods
     * @param meanMs    mean dwell time, σ = standard deviation / √periods (0 ± 0 without periods)
     * @param medianMs  median dwell time
     * @param longestMs longest dwell time
     */
    public record Dwell(int periods, Estimate meanMs, double medianMs, double longestMs) {

        static Dwell none() {
            return new Dwell(0, Estimate.exact(0), 0, 0);
        }
    }
}
