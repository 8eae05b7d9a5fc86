package org.photonledger.acquisition.correlator;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Photon counts per time bin and channel (blinking traces); bin i holds tags with times in
 * [i·binWidthPs, (i+1)·binWidthPs), counted from time zero of the stream (the start of a PTU acquisition).
 * All channels have the same number of bins, up to the bin of the last tag.
 *
 * @param binWidthPs bin width in picoseconds
 * @param counts     counts per bin, by channel in ascending channel order
 */
public record CountRateTrace(long binWidthPs, Map<Integer, long[]> counts) {

    public CountRateTrace {
        Map<Integer, long[]> copy = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> copy.put(e.getKey(), e.getValue().clone()));
        counts = Collections.unmodifiableMap(copy);
    }

    /** The trace of one channel (empty if the channel is not in the trace). */
    /** Every channel's counts added bin by bin. */
    public double[] total() {
        return ChannelSum.of(counts);
    }

    public long[] of(int channel) {
        long[] trace = counts.get(channel);
        return trace == null ? new long[0] : trace.clone();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CountRateTrace other) || binWidthPs != other.binWidthPs
                || !counts.keySet().equals(other.counts.keySet())) {
            return false;
        }
        return counts.keySet().stream().allMatch(c -> Arrays.equals(counts.get(c), other.counts.get(c)));
    }

    @Override
    public int hashCode() {
        int hash = Objects.hash(binWidthPs, counts.keySet());
        for (long[] trace : counts.values()) {
            hash = 31 * hash + Arrays.hashCode(trace);
        }
        return hash;
    }

    @Override
    public String toString() {
        return "CountRateTrace[binWidthPs=" + binWidthPs + ", channels=" + counts.keySet() + "]";
    }
}
