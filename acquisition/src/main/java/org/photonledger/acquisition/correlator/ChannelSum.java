package org.photonledger.acquisition.correlator;

import java.util.Map;

/** Adds per-channel histograms bin by bin (channels of different lengths: the longest sets the length). */
final class ChannelSum {

    private ChannelSum() {
    }

    static double[] of(Map<Integer, long[]> counts) {
        int bins = counts.values().stream().mapToInt(c -> c.length).max().orElse(0);
        double[] sum = new double[bins];
        for (long[] c : counts.values()) {
            for (int i = 0; i < c.length; i++) {
                sum[i] += c[i];
            }
        }
        return sum;
    }
}
