package org.photonledger.acquisition.simlab;

import java.util.List;
import java.util.SplittableRandom;
import org.photonledger.domain.measurement.Setting;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/**
 * How a dot switches between its bright (on) and dark (off) states: a telegraph process whose dwell times are
 * exponential or follow a truncated power law, as reported for single perovskite dots (Fig. 3b of the paper).
 */
public sealed interface BlinkingModel {

    /** Long-run share of time in the on state. */
    double onFraction();

    /** One on-state dwell time in ps. */
    double drawOnPs(SplittableRandom random);

    /** One off-state dwell time in ps. */
    double drawOffPs(SplittableRandom random);

    /** The model's parameters as settings, names starting with {@code prefix}. */
    List<Setting> settings(String prefix);

    /** A dot that never blinks. */
    record None() implements BlinkingModel {
        @Override
        public double onFraction() {
            return 1;
        }

        @Override
        public double drawOnPs(SplittableRandom random) {
            return Double.POSITIVE_INFINITY;
        }

        @Override
        public double drawOffPs(SplittableRandom random) {
            return 0;
        }

        @Override
        public List<Setting> settings(String prefix) {
            return List.of(Setting.text(prefix + "model", "none"));
        }
    }

    /** Exponential dwell times (a two-state Markov switch) with the given means. */
    record Exponential(Quantity meanOn, Quantity meanOff) implements BlinkingModel {

        public Exponential {
            requirePositive("mean on time", meanOn);
            requirePositive("mean off time", meanOff);
        }

        @Override
        public double onFraction() {
            double on = meanOn.in(Unit.SECOND);
            return on / (on + meanOff.in(Unit.SECOND));
        }

        @Override
        public double drawOnPs(SplittableRandom random) {
            return random.nextExponential() * meanOn.in(Unit.PICOSECOND);
        }

        @Override
        public double drawOffPs(SplittableRandom random) {
            return random.nextExponential() * meanOff.in(Unit.PICOSECOND);
        }

        @Override
        public List<Setting> settings(String prefix) {
            return List.of(Setting.text(prefix + "model", "exponential dwell times"),
                    Setting.of(prefix + "meanOn", meanOn), Setting.of(prefix + "meanOff", meanOff),
                    Setting.of(prefix + "onFraction", onFraction(), ""));
        }
    }

    /**
     * Dwell times with density ∝ t^−α between {@code minDwell} and {@code maxDwell}; the cut-off keeps the mean
     * finite for 1 &lt; α &lt; 2, so the on-fraction is defined.
     */
    record PowerLaw(double alphaOn, double alphaOff, Quantity minDwell, Quantity maxDwell) implements BlinkingModel {

        public PowerLaw {
            requirePositive("minimum dwell time", minDwell);
            requirePositive("maximum dwell time", maxDwell);
            if (!(maxDwell.in(Unit.SECOND) > minDwell.in(Unit.SECOND))) {
                throw new IllegalArgumentException("power-law blinking needs maxDwell > minDwell, got " + minDwell
                        + " and " + maxDwell);
            }
            if (!(alphaOn > 0) || !(alphaOff > 0) || alphaOn == 1 || alphaOff == 1 || alphaOn == 2 || alphaOff == 2) {
                throw new IllegalArgumentException("power-law exponents must be > 0 and not 1 or 2, got " + alphaOn
                        + " and " + alphaOff);
            }
        }

        @Override
        public double onFraction() {
            double on = mean(alphaOn);
            return on / (on + mean(alphaOff));
        }

        private double mean(double alpha) {
            double a = minDwell.in(Unit.PICOSECOND);
            double b = maxDwell.in(Unit.PICOSECOND);
            return (1 - alpha) / (2 - alpha) * (Math.pow(b, 2 - alpha) - Math.pow(a, 2 - alpha))
                    / (Math.pow(b, 1 - alpha) - Math.pow(a, 1 - alpha));
        }

        private double draw(SplittableRandom random, double alpha) {
            double a = Math.pow(minDwell.in(Unit.PICOSECOND), 1 - alpha);
            double b = Math.pow(maxDwell.in(Unit.PICOSECOND), 1 - alpha);
            return Math.pow(a + random.nextDouble() * (b - a), 1 / (1 - alpha));
        }

        @Override
        public double drawOnPs(SplittableRandom random) {
            return draw(random, alphaOn);
        }

        @Override
        public double drawOffPs(SplittableRandom random) {
            return draw(random, alphaOff);
        }

        @Override
        public List<Setting> settings(String prefix) {
            return List.of(Setting.text(prefix + "model", "truncated power-law dwell times"),
                    Setting.of(prefix + "alphaOn", alphaOn, ""), Setting.of(prefix + "alphaOff", alphaOff, ""),
                    Setting.of(prefix + "minDwell", minDwell), Setting.of(prefix + "maxDwell", maxDwell),
                    Setting.of(prefix + "onFraction", onFraction(), ""));
        }
    }

    private static void requirePositive(String what, Quantity q) {
        if (q == null || q.dimension() != Unit.SECOND.dimension() || !(q.value() > 0)) {
            throw new IllegalArgumentException(what + " must be a positive time, got " + q);
        }
    }
}
