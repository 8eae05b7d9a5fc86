package org.photonledger.processing.analysis;

import org.hipparchus.special.Erf;

/**
 * e^{−|u|/τ}, optionally convolved with a normalised Gaussian of standard deviation σ (timing jitter).
 *
 * <p>The convolution is ½·e^{−u²/2σ²}·[erfcx((σ/τ − u/σ)/√2) + erfcx((σ/τ + u/σ)/√2)] with the scaled
 * complementary error function erfcx(z) = e^{z²}·erfc(z). Written this way nothing overflows: for z ≥ 0
 * erfcx is bounded, and for z &lt; 0 the reflection erfcx(z) = 2e^{z²} − erfcx(−z) leaves the exponent
 * σ²/2τ² − |u|/τ, which is negative there.
 */
final class TwoSidedDecay {

    private static final double SQRT_PI = Math.sqrt(Math.PI);
    private static final double SQRT2 = Math.sqrt(2);

    private TwoSidedDecay() {
    }

    static double value(double u, double tau, double sigma) {
        if (sigma <= 0) {
            return Math.exp(-Math.abs(u) / tau);
        }
        double a = Math.abs(u);
        return 0.5 * (oneSide(a, tau, sigma) + oneSide(-a, tau, sigma));
    }

    /** e^{−u²/2σ²}·erfcx((σ/τ − u/σ)/√2): one exponential tail e^{−u/τ}θ(u) smoothed by the Gaussian, times 2. */
    static double oneSide(double u, double tau, double sigma) {
        double z = (sigma / tau - u / sigma) / SQRT2;
        double gauss = Math.exp(-u * u / (2 * sigma * sigma));
        if (z >= 0) {
            return gauss * erfcx(z);
        }
        double exponent = sigma * sigma / (2 * tau * tau) - u / tau;
        return 2 * Math.exp(exponent) - gauss * erfcx(-z);
    }

    /** erfcx(z) = e^{z²}·erfc(z) for z ≥ 0; an asymptotic series where erfc would underflow. */
    static double erfcx(double z) {
        if (z < 8) {
            return Math.exp(z * z) * Erf.erfc(z);
        }
        double inv = 1 / (z * z);
        return (1 - 0.5 * inv + 0.75 * inv * inv - 1.875 * inv * inv * inv + 6.5625 * inv * inv * inv * inv) / (z * SQRT_PI);
    }
}
