package org.photonledger.acquisition.timetag;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts of a tag stream: tags per photon channel, syncs, markers, and the times of the first and last tag.
 * Feed it blocks in stream order; the result does not depend on how the stream is split.
 */
public final class TagStatistics {

    private long[] photonCounts = new long[8];
    private long syncs;
    private long markers;
    private long tags;
    private long firstTimePs;
    private long lastTimePs;

    /** Counts a whole source. */
    public static TagStatistics of(TagSource source) {
        TagStatistics statistics = new TagStatistics();
        TagBlock block = new TagBlock();
        while (source.next(block)) {
            statistics.accept(block);
        }
        return statistics;
    }

    public void accept(TagBlock block) {
        int n = block.size();
        if (n == 0) {
            return;
        }
        short[] channels = block.channels();
        long[] counts = photonCounts;
        for (int i = 0; i < n; i++) {
            short c = channels[i];
            if (c >= 0) {
                if (c >= counts.length) {
                    counts = photonCounts = Arrays.copyOf(counts, Math.max(c + 1, counts.length * 2));
                }
                counts[c]++;
            } else if (c == TagBlock.SYNC) {
                syncs++;
            } else {
                markers++;
            }
        }
        if (tags == 0) {
            firstTimePs = block.times()[0];
        }
        lastTimePs = block.times()[n - 1];
        tags += n;
    }

    /** Photon counts by channel, for channels with at least one photon, in channel order. */
    public Map<Integer, Long> photonCounts() {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        for (int c = 0; c < photonCounts.length; c++) {
            if (photonCounts[c] > 0) {
                counts.put(c, photonCounts[c]);
            }
        }
        return counts;
    }

    public long photons(int channel) {
        return channel >= 0 && channel < photonCounts.length ? photonCounts[channel] : 0;
    }

    public long syncs() {
        return syncs;
    }

    public long markers() {
        return markers;
    }

    public long tags() {
        return tags;
    }

    /** Time of the first tag of the stream (0 for an empty stream). */
    public long firstTimePs() {
        return firstTimePs;
    }

    /** Time of the last tag of the stream (0 for an empty stream). */
    public long lastTimePs() {
        return lastTimePs;
    }

    /** The span from the first to the last tag: the acquisition time T used to normalise g². */
    public long durationPs() {
        return lastTimePs - firstTimePs;
    }
}
