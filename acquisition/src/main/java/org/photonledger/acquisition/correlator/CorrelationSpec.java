package org.photonledger.acquisition.correlator;

/**
 * What to cross-correlate: channels A and B, bin width, range and cable-delay offset.
 *
 * <p>The delay of a pair is τ = t_B − t_A − offset, so a positive offset compensates a longer cable (a later
 * arrival) on channel B. Bins are centred on multiples of the bin width w, symmetric around τ = 0: bin k, for
 * k = −K..K with K = ⌊range / w⌋, holds the pairs with k·w − ⌊w/2⌋ ≤ τ &lt; k·w − ⌊w/2⌋ + w (for even w exactly
 * [k·w − w/2, k·w + w/2)). So the histogram has 2K + 1 bins, its centre bin is τ = 0, and it covers
 * [−K·w − ⌊w/2⌋, K·w − ⌊w/2⌋ + w) — the requested ±range plus half a bin at each end.
 *
 * <p>A histogram with bins [j·w, (j+1)·w) of t_B − t_A (the convention of start–stop tools such as ETA) is the
 * same as this one with offset = +⌊w/2⌋, bin k = j.
 *
 * @param channelA   photon channel of the "start" side (τ measured from its tags)
 * @param channelB   photon channel of the "stop" side; may equal {@code channelA} for an autocorrelation
 * @param binWidthPs bin width w in picoseconds, at least 1
 * @param rangePs    largest |τ| (bin centre) of interest in picoseconds, at least 0
 * @param offsetPs   cable-delay offset in picoseconds subtracted from t_B − t_A
 */
public record CorrelationSpec(int channelA, int channelB, long binWidthPs, long rangePs, long offsetPs) {

    /** Largest number of bins a histogram may have (memory, and a guard against unit mistakes). */
    public static final long MAX_BINS = 1 << 26;

    public CorrelationSpec {
        if (channelA < 0 || channelA > Short.MAX_VALUE) {
            throw new IllegalArgumentException("channelA must be a photon channel 0.." + Short.MAX_VALUE + ", got " + channelA);
        }
        if (channelB < 0 || channelB > Short.MAX_VALUE) {
            throw new IllegalArgumentException("channelB must be a photon channel 0.." + Short.MAX_VALUE + ", got " + channelB);
        }
        if (binWidthPs < 1) {
            throw new IllegalArgumentException("bin width must be at least 1 ps, got " + binWidthPs + " ps");
        }
        if (rangePs < 0) {
            throw new IllegalArgumentException("range must not be negative, got " + rangePs + " ps");
        }
        if (2 * (rangePs / binWidthPs) + 1 > MAX_BINS) {
            throw new IllegalArgumentException("range ±" + rangePs + " ps in bins of " + binWidthPs + " ps gives "
                    + (2 * (rangePs / binWidthPs) + 1) + " bins; at most " + MAX_BINS + " are allowed");
        }
        if (Math.abs(offsetPs) > Long.MAX_VALUE / 4) {
            throw new IllegalArgumentException("offset " + offsetPs + " ps is out of range");
        }
    }

    /** K: the number of bins on each side of the centre bin. */
    public int halfBins() {
        return (int) (rangePs / binWidthPs);
    }

    public int bins() {
        return 2 * halfBins() + 1;
    }

    /** Centre delay of bin {@code i} (0-based, i = K is τ = 0). */
    public long delayPs(int i) {
        return (i - (long) halfBins()) * binWidthPs;
    }

    /** Lowest delay the histogram holds (inclusive). */
    public long lowestDelayPs() {
        return -halfBins() * binWidthPs - binWidthPs / 2;
    }

    /** Highest delay the histogram holds (exclusive). */
    public long highestDelayPs() {
        return halfBins() * binWidthPs - binWidthPs / 2 + binWidthPs;
    }

    /** The bin index of delay τ, or -1 when τ lies outside the histogram. */
    public int binOf(long tauPs) {
        if (tauPs < lowestDelayPs() || tauPs >= highestDelayPs()) {
            return -1;
        }
        return (int) ((tauPs - lowestDelayPs()) / binWidthPs);
    }
}
