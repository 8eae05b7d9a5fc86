package org.photonledger.acquisition.correlator;

import java.util.Arrays;
import java.util.Objects;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.acquisition.timetag.TagSource;

/**
 * Streaming all-pairs cross-correlation of two channels (Hanbury Brown–Twiss): every pair (a, b) whose delay
 * τ = t_b − t_a − offset falls in the histogram is counted once — not only the nearest stop after each start.
 *
 * <p>It keeps a sliding window of the recent A and B tags that can still pair with a future tag (a ring buffer of
 * times, in stream order). A new tag is paired with the window's tags of the other channel and then joins the
 * window; tags leave it as soon as no later tag can reach them. The cost is O(n + pairs in range), not O(n²), and
 * memory is bounded by the tags within one range of each other. Each pair is counted when its later tag arrives,
 * so the result does not depend on how the stream is split into blocks. The loop over a block keeps all state in
 * local variables and finds bins by multiplying with the reciprocal bin width (corrected to the exact integer
 * quotient), because a 64-bit division per pair would cost more than everything else.
 *
 * <p>The tags of channels A and B must come in non-decreasing time order (as time taggers record them); a tag
 * that goes back in time is refused with an {@link IllegalArgumentException}, since the sliding windows could
 * otherwise have dropped its partners.
 */
public final class CrossCorrelator {

    private final CorrelationSpec spec;
    private final short channelA;
    private final short channelB;
    private final boolean autocorrelation;
    private final long binWidth;
    private final double inverseBinWidth;
    private final long offset;
    /** Delays τ in [low, low + span) are counted; x = τ − low is the offset into the histogram. */
    private final long low;
    private final long span;
    /** Window tags older than t − reach cannot pair with a tag at t or later. */
    private final long reach;
    private final long[] counts;
    /** Per channel code (as an unsigned 16-bit index): 0 not correlated, 1 channel B, 3 channel A. */
    private final byte[] roles = new byte[1 << 16];

    private long[] window = new long[64];
    private byte[] windowIsA = new byte[64];
    private int head;
    private int size;

    private long countA;
    private long countB;
    private long tags;
    private long firstTime;
    private long lastTime;
    private long lastPairTime = Long.MIN_VALUE;

    public CrossCorrelator(CorrelationSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.channelA = (short) spec.channelA();
        this.channelB = (short) spec.channelB();
        this.autocorrelation = channelA == channelB;
        this.binWidth = spec.binWidthPs();
        this.inverseBinWidth = 1.0 / binWidth;
        this.offset = spec.offsetPs();
        this.low = spec.lowestDelayPs();
        long highExclusive = spec.highestDelayPs();
        this.span = highExclusive - low;
        // an A tag a is dead once every later B has t - a - offset >= high, i.e. a <= t - offset - high;
        // a B tag b is dead once every later A has b - t - offset < low, i.e. b < t + offset + low
        this.reach = Math.max(offset + highExclusive - 1, -offset - low);
        // one spare bin at the end takes the pairs outside the histogram (see acceptCrossCorrelation)
        this.counts = new long[spec.bins() + 1];
        roles[channelB & 0xFFFF] = 1;
        roles[channelA & 0xFFFF] = 3;
    }

    /** Correlates a whole source. */
    public static CorrelationHistogram correlate(TagSource source, CorrelationSpec spec) {
        CrossCorrelator correlator = new CrossCorrelator(spec);
        TagBlock block = new TagBlock();
        while (source.next(block)) {
            correlator.accept(block);
        }
        return correlator.result();
    }

    public CorrelationSpec spec() {
        return spec;
    }

    /** Adds the next block of the stream. */
    public void accept(TagBlock block) {
        int n = block.size();
        if (n == 0) {
            return;
        }
        long[] times = block.times();
        short[] channels = block.channels();
        if (tags == 0) {
            firstTime = times[0];
        }
        if (autocorrelation) {
            acceptAutocorrelation(times, channels, n);
        } else {
            acceptCrossCorrelation(times, channels, n);
        }
        lastTime = times[n - 1];
        tags += n;
    }

    private void acceptCrossCorrelation(long[] times, short[] channels, int n) {
        // Channels of successive tags are random, so no branch may depend on them: a mispredicted branch costs
        // more than all the other work for a tag. The channel's role comes from a table (the JIT cannot split
        // the loop on a value loaded from memory, as it does on c == a), the direction is an arithmetic sign, and
        // pairs outside the histogram or on the same channel are counted in a spare bin past its end. Dead
        // window entries are dropped by the same newest-to-oldest walk that pairs the live ones.
        byte[] role = roles;
        long[] histogram = counts;
        long spare = histogram.length - 1;
        long w = binWidth;
        double inverse = inverseBinWidth;
        long base = -offset - low;
        long lastX = span - 1;
        long back = reach;
        long[] ring = window;
        byte[] ringIsA = windowIsA;
        int mask = ring.length - 1;
        int first = head;
        int used = size;
        long last = lastPairTime;
        long nA = 0;
        long nAB = 0;
        for (int i = 0; i < n; i++) {
            int r = role[channels[i] & 0xFFFF];
            if (r == 0) {
                continue;
            }
            int ia = r >> 1;
            long t = times[i];
            if (t < last) {
                head = first;
                size = used;
                throw outOfOrder(i, channels[i], t, last);
            }
            last = t;
            long oldest = t - back;
            // as A, the new tag pairs with earlier B tags: τ = b − t − offset; as B with earlier A: τ = t − a − offset
            long sign = 2L * ia - 1;
            long shift = base - sign * t;
            int live = 0;
            for (int j = used - 1; j >= 0; j--) {
                int idx = (first + j) & mask;
                long e = ring[idx];
                if (e < oldest) {
                    break;
                }
                live++;
                long x = shift + sign * e;
                long bin = (long) (x * inverse);
                long rest = x - bin * w;
                bin += ((w - 1 - rest) >>> 63) - (rest >>> 63);
                long counted = -(long) (ringIsA[idx] ^ ia) & ~((x | (lastX - x)) >> 63);
                histogram[(int) ((bin & counted) | (spare & ~counted))]++;
            }
            first = (first + used - live) & mask;
            used = live;
            if (used == ring.length) {
                grow(first, used);
                ring = window;
                ringIsA = windowIsA;
                mask = ring.length - 1;
                first = 0;
            }
            int at = (first + used) & mask;
            ring[at] = t;
            ringIsA[at] = (byte) ia;
            used++;
            nA += ia;
            nAB++;
        }
        countA += nA;
        countB += nAB - nA;
        head = first;
        size = used;
        lastPairTime = last;
    }

    /** Channel A = B: every ordered pair of distinct tags, so each new tag pairs both ways with the earlier ones. */
    private void acceptAutocorrelation(long[] times, short[] channels, int n) {
        short a = channelA;
        long base = -offset - low;
        for (int i = 0; i < n; i++) {
            if (channels[i] != a) {
                continue;
            }
            long t = times[i];
            if (t < lastPairTime) {
                throw outOfOrder(i, a, t, lastPairTime);
            }
            lastPairTime = t;
            long oldest = t - reach;
            int mask = window.length - 1;
            while (size > 0 && window[head] < oldest) {
                head = (head + 1) & mask;
                size--;
            }
            for (int j = 0, idx = head; j < size; j++, idx = (idx + 1) & mask) {
                count(base + t - window[idx]);
                count(base - t + window[idx]);
            }
            if (size == window.length) {
                grow(head, size);
                head = 0;
            }
            window[(head + size) & (window.length - 1)] = t;
            size++;
            countA++;
            countB++;
        }
    }

    private void count(long x) {
        if (x >= 0 && x < span) {
            counts[(int) (x / binWidth)]++;
        }
    }

    private IllegalArgumentException outOfOrder(int i, short c, long t, long previous) {
        return new IllegalArgumentException("tags are not in time order: tag " + (tags + i) + " on channel " + c
                + " at " + t + " ps comes after a tag at " + previous + " ps; the correlator needs time-ordered streams");
    }

    private void grow(int first, int used) {
        long[] larger = new long[window.length * 2];
        byte[] largerIsA = new byte[window.length * 2];
        int firstPart = Math.min(used, window.length - first);
        System.arraycopy(window, first, larger, 0, firstPart);
        System.arraycopy(window, 0, larger, firstPart, used - firstPart);
        System.arraycopy(windowIsA, first, largerIsA, 0, firstPart);
        System.arraycopy(windowIsA, 0, largerIsA, firstPart, used - firstPart);
        window = larger;
        windowIsA = largerIsA;
    }

    /** The histogram of the stream so far. */
    public CorrelationHistogram result() {
        return new CorrelationHistogram(spec, Arrays.copyOf(counts, spec.bins()), countA, countB,
                tags == 0 ? 0 : lastTime - firstTime);
    }

    @Override
    public String toString() {
        return "CrossCorrelator[" + spec + ", pairs=" + result().total() + "]";
    }
}
