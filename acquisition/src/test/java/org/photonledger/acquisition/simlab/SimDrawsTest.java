package org.photonledger.acquisition.simlab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Mean and variance of the samplers against their distributions, 4σ of the sample statistics. */
class SimDrawsTest {

    private static final int N = 200_000;

    private static void check(double[] v, double mean, double variance) {
        double sum = 0;
        double sum2 = 0;
        for (double x : v) {
            sum += x;
            sum2 += x * x;
        }
        double m = sum / v.length;
        double var = sum2 / v.length - m * m;
        assertThat(m).isCloseTo(mean, offset(4 * Math.sqrt(variance / v.length)));
        // σ of the sample variance ≈ variance·√(2/N) for near-Gaussian sums; 3× that covers heavier tails
        assertThat(var).isCloseTo(variance, offset(12 * variance * Math.sqrt(2.0 / v.length)));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.3, 4.0, 17.5, 29.9, 30.0, 250.0, 4000.0})
    void poisson_has_mean_and_variance_lambda(double lambda) {
        SplittableRandom random = new SplittableRandom(1);
        double[] v = new double[N];
        for (int i = 0; i < N; i++) {
            v[i] = Draws.poisson(random, lambda);
        }
        check(v, lambda, lambda);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 17, 400})
    void gamma_with_integer_shape_k_and_rate_2_has_mean_k_over_2_and_variance_k_over_4(long k) {
        SplittableRandom random = new SplittableRandom(2);
        double[] v = new double[N];
        for (int i = 0; i < N; i++) {
            v[i] = Draws.gamma(random, k, 2.0);
        }
        check(v, k / 2.0, k / 4.0);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.9, 0.3, 0.01})
    void geometric_failures_have_mean_q_over_p(double p) {
        SplittableRandom random = new SplittableRandom(3);
        double[] v = new double[N];
        for (int i = 0; i < N; i++) {
            v[i] = Draws.geometricFailures(random, p);
        }
        check(v, (1 - p) / p, (1 - p) / (p * p));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.5, 0.8})
    void negative_binomial_failures_before_12_successes_have_mean_12q_over_p(double q) {
        SplittableRandom random = new SplittableRandom(4);
        double[] v = new double[N];
        for (int i = 0; i < N; i++) {
            v[i] = Draws.negativeBinomial(random, 12, q);
        }
        double p = 1 - q;
        check(v, 12 * q / p, 12 * q / (p * p));
    }
}
