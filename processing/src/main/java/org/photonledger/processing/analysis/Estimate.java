package org.photonledger.processing.analysis;

import java.util.Locale;

/** A fitted or derived value with its standard uncertainty (one σ), both finite and in the same unit. */
public record Estimate(double value, double sigma) {

    public Estimate {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("estimate value must be finite, got " + value);
        }
        if (!Double.isFinite(sigma) || sigma < 0) {
            throw new IllegalArgumentException("estimate sigma must be finite and ≥ 0, got " + sigma);
        }
    }

    public static Estimate of(double value, double sigma) {
        return new Estimate(value, sigma);
    }

    /** An exactly known number, such as a fixed parameter. */
    public static Estimate exact(double value) {
        return new Estimate(value, 0.0);
    }

    public Estimate times(double factor) {
        return new Estimate(value * factor, sigma * Math.abs(factor));
    }

    /** 1 − this, e.g. purity from g²(0); the uncertainty is unchanged. */
    public Estimate oneMinus() {
        return new Estimate(1.0 - value, sigma);
    }

    /** How many σ this value lies from {@code truth}; used by tests and by significance checks. */
    public double pull(double truth) {
        return sigma == 0 ? (value == truth ? 0 : Double.POSITIVE_INFINITY) : (value - truth) / sigma;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.6g ± %.2g", value, sigma);
    }
}
