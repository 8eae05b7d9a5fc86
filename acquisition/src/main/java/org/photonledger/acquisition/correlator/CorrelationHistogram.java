package org.photonledger.acquisition.correlator;

import java.util.Arrays;
import java.util.Objects;

/**
 * The all-pairs cross-correlation histogram of two channels, with what is needed to normalise it.
 *
 * @param spec       channels, binning and offset (bin alignment is described there)
 * @param counts     pair counts per bin, index 0 = most negative delay, index K = τ 0
 * @param countA     number of tags on channel A in the stream
 * @param countB     number of tags on channel B in the stream
 * @param durationPs acquisition time T: the span from the first to the last tag of the stream (all kinds)
 */
public record CorrelationHistogram(CorrelationSpec spec, long[] counts, long countA, long countB, long durationPs) {

    public CorrelationHistogram {
        Objects.requireNonNull(spec, "spec");
        counts = counts.clone();
        if (counts.length != spec.bins()) {
            throw new IllegalArgumentException("expected " + spec.bins() + " bins, got " + counts.length);
        }
    }

    @Override
    public long[] counts() {
        return counts.clone();
    }

    public long count(int bin) {
        return counts[bin];
    }

    public int bins() {
        return counts.length;
    }

    /** Bin centres in picoseconds. */
    public long[] delaysPs() {
        long[] delays = new long[counts.length];
        for (int i = 0; i < delays.length; i++) {
            delays[i] = spec.delayPs(i);
        }
        return delays;
    }

    /** All pairs counted. */
    public long total() {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        return total;
    }

    /**
     * g²(τ) per bin: counts / (N_A·N_B·w / T), i.e. relative to the pairs expected per bin from two independent
     * Poisson streams of the same rates. NaN when a channel is empty or T is zero.
     */
    public double[] normalised() {
        double[] g2 = new double[counts.length];
        double expected = (double) countA * countB * spec.binWidthPs() / durationPs;
        for (int i = 0; i < g2.length; i++) {
            g2[i] = countA == 0 || countB == 0 || durationPs <= 0 ? Double.NaN : counts[i] / expected;
        }
        return g2;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CorrelationHistogram other && spec.equals(other.spec) && Arrays.equals(counts, other.counts)
                && countA == other.countA && countB == other.countB && durationPs == other.durationPs;
    }

    @Override
    public int hashCode() {
        return Objects.hash(spec, Arrays.hashCode(counts), countA, countB, durationPs);
    }

    @Override
    public String toString() {
        return "CorrelationHistogram[" + spec + ", total=" + total() + ", countA=" + countA + ", countB=" + countB
                + ", durationPs=" + durationPs + "]";
    }
}
