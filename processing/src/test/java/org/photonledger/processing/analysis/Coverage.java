package org.photonledger.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.LongFunction;

/**
 * Checks that a reported σ is honest: over many seeded simulations, the share of estimates within 1σ of
 * the truth must be near 68.3 % and within 2σ near 95.4 %. With 200 seeds the binomial spread is 3.3 %
 * and 1.5 %, so the bands below are about ±3 spreads wide.
 */
final class Coverage {

    static final int SEEDS = 200;

    private Coverage() {
    }

    /** Fractions of estimates within 1σ and 2σ of {@code truth}. */
    record Fractions(double within1, double within2, double meanPull) {
    }

    static Fractions of(double truth, LongFunction<Estimate> estimate) {
        int in1 = 0;
        int in2 = 0;
        double pulls = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            double pull = estimate.apply(seed).pull(truth);
            pulls += pull;
            in1 += Math.abs(pull) <= 1 ? 1 : 0;
            in2 += Math.abs(pull) <= 2 ? 1 : 0;
        }
        return new Fractions(in1 / (double) SEEDS, in2 / (double) SEEDS, pulls / SEEDS);
    }

    static void assertHonest(Fractions f) {
        assertThat(f.within1()).as("share within 1σ (68.3 %% expected), %s", f).isBetween(0.58, 0.78);
        assertThat(f.within2()).as("share within 2σ (95.4 %% expected), %s", f).isBetween(0.90, 0.99);
        assertThat(f.meanPull()).as("mean pull (bias in units of σ), %s", f).isBetween(-0.3, 0.3);
    }
}
