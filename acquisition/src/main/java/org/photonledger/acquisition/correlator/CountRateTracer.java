package org.photonledger.acquisition.correlator;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.acquisition.timetag.TagSource;

/**
 * Streaming count-rate traces: photons per channel in consecutive time bins from time zero (see
 * {@link CountRateTrace}). Tags before time zero are not counted. State carries across blocks, so the result does
 * not depend on how the stream is split.
 */
public final class CountRateTracer {

    private final long binWidthPs;
    private final boolean[] selected;
    private long[][] traces = new long[8][];
    private long lastBin = -1;
    private long currentStart;
    private long currentEnd;
    private int currentBin;

    /**
     * @param binWidthPs bin width in picoseconds, at least 1
     * @param channels   photon channels to trace, or {@code null} for all
     */
    public CountRateTracer(long binWidthPs, int[] channels) {
        if (binWidthPs < 1) {
            throw new IllegalArgumentException("rate bin width must be at least 1 ps, got " + binWidthPs + " ps");
        }
        this.binWidthPs = binWidthPs;
        this.selected = LifetimeHistogrammer.selection(channels);
        this.currentEnd = 0;
    }

    /** Traces a whole source. */
    public static CountRateTrace trace(TagSource source, long binWidthPs, int[] channels) {
        CountRateTracer tracer = new CountRateTracer(binWidthPs, channels);
        TagBlock block = new TagBlock();
        while (source.next(block)) {
            tracer.accept(block);
        }
        return tracer.result();
    }

    public void accept(TagBlock block) {
        int n = block.size();
        if (n == 0) {
            return;
        }
        long[] times = block.times();
        short[] channels = block.channels();
        for (int i = 0; i < n; i++) {
            short c = channels[i];
            long t = times[i];
            if (c < 0 || t < 0 || selected != null && (c >= selected.length || !selected[c])) {
                continue;
            }
            int bin;
            if (t >= currentStart && t < currentEnd) {
                bin = currentBin;
            } else {
                bin = binOf(t);
                currentBin = bin;
                currentStart = bin * binWidthPs;
                currentEnd = currentStart + binWidthPs;
                lastBin = Math.max(lastBin, bin);
            }
            if (c >= traces.length) {
                traces = Arrays.copyOf(traces, Math.max(c + 1, traces.length * 2));
            }
            long[] trace = traces[c];
            if (trace == null) {
                trace = traces[c] = new long[Math.max(16, bin + 1)];
            } else if (bin >= trace.length) {
                trace = traces[c] = Arrays.copyOf(trace, (int) Math.min(CorrelationSpec.MAX_BINS,
                        Math.max(bin + 1L, trace.length * 2L)));
            }
            trace[bin]++;
        }
        long last = times[n - 1];
        if (last >= 0) {
            lastBin = Math.max(lastBin, binOf(last));
        }
    }

    private int binOf(long t) {
        long bin = t / binWidthPs;
        if (bin >= CorrelationSpec.MAX_BINS) {
            throw new IllegalArgumentException("a count-rate trace in bins of " + binWidthPs + " ps up to " + t
                    + " ps would need more than " + CorrelationSpec.MAX_BINS + " bins; use wider bins");
        }
        return (int) bin;
    }

    /** The traces so far, all as long as the bin of the latest tag. */
    public CountRateTrace result() {
        int length = (int) (lastBin + 1);
        Map<Integer, long[]> result = new LinkedHashMap<>();
        for (int c = 0; c < traces.length; c++) {
            if (traces[c] != null) {
                result.put(c, Arrays.copyOf(traces[c], Math.max(length, 0)));
            }
        }
        if (selected != null) {
            for (int c = 0; c < selected.length; c++) {
                if (selected[c]) {
                    result.putIfAbsent(c, new long[Math.max(length, 0)]);
                }
            }
        }
        return new CountRateTrace(binWidthPs, result);
    }
}
