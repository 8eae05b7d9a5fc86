package org.photonledger.acquisition.correlator;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Lifetime (delay-after-excitation) histograms per photon channel; bin i holds delays in
 * [i·binWidthPs, (i+1)·binWidthPs).
 *
 * @param binWidthPs bin width in picoseconds (one dtime unit, or the requested width)
 * @param counts     counts per bin, by channel in ascending channel order
 */
public record LifetimeHistograms(double binWidthPs, Map<Integer, long[]> counts) {

    public LifetimeHistograms {
        Map<Integer, long[]> copy = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> copy.put(e.getKey(), e.getValue().clone()));
        counts = Collections.unmodifiableMap(copy);
    }

    /** The histogram of one channel (empty if the channel had no photons). */
    /** Every channel's counts added bin by bin. */
    public double[] total() {
        return ChannelSum.of(counts);
    }

    public long[] of(int channel) {
        long[] histogram = counts.get(channel);
        return histogram == null ? new long[0] : histogram.clone();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof LifetimeHistograms other) || binWidthPs != other.binWidthPs
                || !counts.keySet().equals(other.counts.keySet())) {
            return false;
        }
        return counts.keySet().stream().allMatch(c -> Arrays.equals(counts.get(c), other.counts.get(c)));
    }

    @Override
    public int hashCode() {
        int hash = Objects.hash(binWidthPs, counts.keySet());
        for (long[] histogram : counts.values()) {
            hash = 31 * hash + Arrays.hashCode(histogram);
        }
        return hash;
    }

    @Override
    public String toString() {
        return "LifetimeHistograms[binWidthPs=" + binWidthPs + ", channels=" + counts.keySet() + "]";
    }
}
