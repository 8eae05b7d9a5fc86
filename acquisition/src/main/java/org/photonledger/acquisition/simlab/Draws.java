package org.photonledger.acquisition.simlab;

import java.util.SplittableRandom;

/**
 * Exact samplers the photon engines need beyond what {@link SplittableRandom} offers (its exponential and Gaussian
 * draws are McFarland's fast ziggurats): geometric, gamma with integer shape, Poisson and negative binomial. They
 * exist so that the engines can jump over thousands of undetected excitation cycles in a few draws.
 */
final class Draws {

    /** Gaussian draws are cut at this many σ so that timing shifts are bounded (probability lost: 1.2·10⁻¹⁵). */
    static final double GAUSSIAN_CUT = 8.0;

    private static final double[] LOG_FACTORIAL = new double[32];
    /** 1/k, so that the Poisson inversion multiplies instead of dividing in its dependency chain. */
    private static final double[] RECIPROCAL = new double[256];

    static {
        for (int k = 1; k < LOG_FACTORIAL.length; k++) {
            LOG_FACTORIAL[k] = LOG_FACTORIAL[k - 1] + Math.log(k);
        }
        for (int k = 1; k < RECIPROCAL.length; k++) {
            RECIPROCAL[k] = 1.0 / k;
        }
    }

    private Draws() {
    }

    /** Failures before the first success of Bernoulli trials with success probability p (0 &lt; p ≤ 1). */
    static long geometricFailures(SplittableRandom random, double p) {
        return geometricFailures(random, p, geometricScale(p));
    }

    /** 1 / ln(1 − p), to be computed once for a stream of geometric draws with the same p. */
    static double geometricScale(double p) {
        return p >= 1 ? 0 : 1 / Math.log1p(-p);
    }

    /** As {@link #geometricFailures(SplittableRandom, double)} with the precomputed 1 / ln(1 − p). */
    static long geometricFailures(SplittableRandom random, double p, double scale) {
        if (p >= 1) {
            return 0;
        }
        double u = 1.0 - random.nextDouble();
        double k = Math.floor(Math.log(u) * scale);
        return k >= Long.MAX_VALUE / 4 ? Long.MAX_VALUE / 4 : (long) k;
    }

    /** Sum of {@code shape} independent exponential times of the given rate (0 for shape 0). */
    static double gamma(SplittableRandom random, long shape, double rate) {
        if (shape <= 0) {
            return 0;
        }
        if (shape == 1) {
            return random.nextExponential() / rate;
        }
        if (shape == 2) {
            return (random.nextExponential() + random.nextExponential()) / rate;
        }
        // Marsaglia & Tsang (2000), exact for shape >= 1
        double d = shape - 1.0 / 3.0;
        double c = 1.0 / Math.sqrt(9.0 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = 1.0 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            double x2 = x * x;
            if (u < 1.0 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1.0 - v + Math.log(v))) {
                return d * v / rate;
            }
        }
    }

    /** A Poisson count of the given mean (inversion below 30, Hörmann's PTRS above). */
    static long poisson(SplittableRandom random, double mean) {
        if (!(mean > 0)) {
            return 0;
        }
        if (mean < 30) {
            double p = Math.exp(-mean);
            double sum = p;
            double u = random.nextDouble();
            long k = 0;
            while (u > sum && k < RECIPROCAL.length - 1) {
                k++;
                p *= mean * RECIPROCAL[(int) k];
                sum += p;
            }
            return k;
        }
        // PTRS: the squeeze accepts about 86 % of draws with two uniforms and no logarithm, so log λ and the
        // acceptance constant are computed only when the exact test is needed
        double slam = Math.sqrt(mean);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = random.nextDouble() - 0.5;
            double v = random.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || us < 0.013 && v > us) {
                continue;
            }
            double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
            if (Math.log(v * invAlpha / (a / (us * us) + b)) <= -mean + k * Math.log(mean) - logFactorial(k)) {
                return k;
            }
        }
    }

    /**
     * Failures before the {@code successes}-th success of Bernoulli trials whose failure probability is q, as a
     * gamma–Poisson mixture: Poisson with a Gamma(successes, q/(1 − q)) mean.
     */
    static long negativeBinomial(SplittableRandom random, long successes, double q) {
        if (q <= 0 || successes <= 0) {
            return 0;
        }
        double mean = gamma(random, successes, 1.0) * q / (1.0 - q);
        return poisson(random, mean);
    }

    /** A standard Gaussian draw cut at ±{@link #GAUSSIAN_CUT}. */
    static double boundedGaussian(SplittableRandom random) {
        while (true) {
            double z = random.nextGaussian();
            if (Math.abs(z) <= GAUSSIAN_CUT) {
                return z;
            }
        }
    }

    static double logFactorial(long k) {
        if (k < LOG_FACTORIAL.length) {
            return LOG_FACTORIAL[(int) k];
        }
        // Stirling series; error below 1e-12 for k >= 32
        double x = k + 1.0;
        double inv = 1.0 / x;
        double inv2 = inv * inv;
        return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI)
                + inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 / 1260));
    }
}
