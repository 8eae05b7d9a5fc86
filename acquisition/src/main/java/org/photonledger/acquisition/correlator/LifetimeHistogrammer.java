package org.photonledger.acquisition.correlator;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.acquisition.timetag.TagMode;
import org.photonledger.acquisition.timetag.TagSource;
import org.photonledger.acquisition.timetag.TimeBase;

/**
 * Streaming lifetime histograms per photon channel.
 *
 * <p>T3: the delay of each photon after its sync is its dtime; by default one bin per dtime unit, or bins of a
 * given width in picoseconds (bin i holds dtime·resolution in [i·w, (i+1)·w)). The histogram covers one sync
 * period (⌈period / bin⌉ bins) and is extended if a dtime lies beyond it.
 *
 * <p>T2: the delay of each photon is its time minus the time of the latest reference tag before it (sync, marker
 * or a photon channel, see {@link LifetimeReference}); photons before the first reference are not counted; the
 * histogram has ⌈range / w⌉ bins of width w, and delays beyond it are not counted.
 *
 * <p>State carries across blocks, so the result does not depend on how the stream is split.
 */
public final class LifetimeHistogrammer {

    private final TagMode mode;
    private final boolean[] selected;
    private final TimeBase timeBase;
    private final long binWidthPs;
    private final boolean dtimeBins;
    private final LifetimeReference reference;
    private final int initialBins;

    private long[][] histograms = new long[8][];
    private int usedBins;
    private boolean referenceSeen;
    private long referenceTime;

    private LifetimeHistogrammer(TagMode mode, int[] channels, TimeBase timeBase, long binWidthPs, boolean dtimeBins,
                                 LifetimeReference reference, int initialBins) {
        this.mode = mode;
        this.selected = selection(channels);
        this.timeBase = timeBase;
        this.binWidthPs = binWidthPs;
        this.dtimeBins = dtimeBins;
        this.reference = reference;
        this.initialBins = initialBins;
        this.usedBins = initialBins;
    }

    /**
     * T3 lifetimes from the dtimes.
     *
     * @param channels   photon channels to histogram, or {@code null} for all
     * @param binWidthPs bin width in picoseconds, or {@code null} for one bin per dtime unit
     */
    public static LifetimeHistogrammer t3(TimeBase timeBase, int[] channels, Long binWidthPs) {
        Objects.requireNonNull(timeBase, "timeBase");
        if (timeBase.mode() != TagMode.T3) {
            throw new IllegalArgumentException("dtime lifetimes need a T3 stream, got " + timeBase.mode());
        }
        if (binWidthPs != null && binWidthPs < 1) {
            throw new IllegalArgumentException("bin width must be at least 1 ps, got " + binWidthPs + " ps");
        }
        double bin = binWidthPs == null ? timeBase.resolutionPs() : binWidthPs;
        long bins = (long) Math.ceil(timeBase.globalResolutionPs() / bin);
        checkBins(bins, bin);
        return new LifetimeHistogrammer(TagMode.T3, channels, timeBase, binWidthPs == null ? 0 : binWidthPs,
                binWidthPs == null, null, (int) Math.max(1, bins));
    }

    /**
     * T2 lifetimes timed from the latest reference tag.
     *
     * @param channels photon channels to histogram, or {@code null} for all (except a reference channel)
     */
    public static LifetimeHistogrammer t2(LifetimeReference reference, int[] channels, long binWidthPs, long rangePs) {
        Objects.requireNonNull(reference, "reference");
        if (binWidthPs < 1) {
            throw new IllegalArgumentException("bin width must be at least 1 ps, got " + binWidthPs + " ps");
        }
        if (rangePs < 1) {
            throw new IllegalArgumentException("lifetime range must be at least 1 ps, got " + rangePs + " ps");
        }
        long bins = (rangePs + binWidthPs - 1) / binWidthPs;
        checkBins(bins, binWidthPs);
        return new LifetimeHistogrammer(TagMode.T2, channels, null, binWidthPs, false, reference, (int) bins);
    }

    private static void checkBins(long bins, double binWidthPs) {
        if (bins > CorrelationSpec.MAX_BINS) {
            throw new IllegalArgumentException("a lifetime histogram in bins of " + binWidthPs + " ps would need "
                    + bins + " bins; at most " + CorrelationSpec.MAX_BINS + " are allowed");
        }
    }

    /** Histograms a whole source. */
    public static LifetimeHistograms histogram(TagSource source, LifetimeHistogrammer histogrammer) {
        TagBlock block = new TagBlock();
        while (source.next(block)) {
            histogrammer.accept(block);
        }
        return histogrammer.result();
    }

    /** Width of one bin in picoseconds. */
    public double binWidthPs() {
        return dtimeBins ? timeBase.resolutionPs() : binWidthPs;
    }

    public void accept(TagBlock block) {
        if (mode == TagMode.T3) {
            acceptT3(block);
        } else {
            acceptT2(block);
        }
    }

    private void acceptT3(TagBlock block) {
        int n = block.size();
        short[] channels = block.channels();
        int[] dtimes = block.dtimes();
        for (int i = 0; i < n; i++) {
            short c = channels[i];
            if (c < 0 || !isSelected(c)) {
                continue;
            }
            long bin = dtimeBins ? dtimes[i] : Math.floorDiv(timeBase.dtimePs(dtimes[i]), binWidthPs);
            if (bin >= 0) {
                count(c, bin);
            }
        }
    }

    private void acceptT2(TagBlock block) {
        int n = block.size();
        long[] times = block.times();
        short[] channels = block.channels();
        for (int i = 0; i < n; i++) {
            short c = channels[i];
            if (reference.matches(c)) {
                referenceSeen = true;
                referenceTime = times[i];
            } else if (c >= 0 && referenceSeen && isSelected(c)) {
                long delay = times[i] - referenceTime;
                if (delay >= 0) {
                    long bin = delay / binWidthPs;
                    if (bin < initialBins) {
                        count(c, bin);
                    }
                }
            }
        }
    }

    private boolean isSelected(short c) {
        return selected == null || c < selected.length && selected[c];
    }

    private void count(short c, long bin) {
        if (bin >= CorrelationSpec.MAX_BINS) {
            throw new IllegalArgumentException("a lifetime of " + bin + " bins exceeds the histogram limit of "
                    + CorrelationSpec.MAX_BINS + " bins");
        }
        if (c >= histograms.length) {
            histograms = Arrays.copyOf(histograms, Math.max(c + 1, histograms.length * 2));
        }
        long[] histogram = histograms[c];
        if (histogram == null) {
            histogram = histograms[c] = new long[Math.max(initialBins, (int) bin + 1)];
        } else if (bin >= histogram.length) {
            histogram = histograms[c] = Arrays.copyOf(histogram, (int) Math.max(bin + 1, histogram.length * 2L));
        }
        histogram[(int) bin]++;
        if (bin >= usedBins) {
            usedBins = (int) bin + 1;
        }
    }

    /** The histograms so far: every selected channel that had photons (or was asked for), all of equal length. */
    public LifetimeHistograms result() {
        Map<Integer, long[]> result = new LinkedHashMap<>();
        for (int c = 0; c < histograms.length; c++) {
            if (histograms[c] != null) {
                result.put(c, Arrays.copyOf(histograms[c], usedBins));
            }
        }
        if (selected != null) {
            for (int c = 0; c < selected.length; c++) {
                if (selected[c]) {
                    result.putIfAbsent(c, new long[usedBins]);
                }
            }
        }
        return new LifetimeHistograms(binWidthPs(), result);
    }

    static boolean[] selection(int[] channels) {
        if (channels == null) {
            return null;
        }
        int max = Arrays.stream(channels).max().orElse(-1);
        boolean[] selected = new boolean[max + 1];
        for (int c : channels) {
            if (c < 0 || c > Short.MAX_VALUE) {
                throw new IllegalArgumentException("photon channels are 0.." + Short.MAX_VALUE + ", got " + c);
            }
            selected[c] = true;
        }
        return selected;
    }
}
