package org.photonledger.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.photonledger.processing.analysis.CwG2.Bunching;
import org.photonledger.processing.analysis.CwG2.Settings;

class CwG2Test {

    private static final Simulated.CwG2 DIP = Simulated.CwG2.typical();

    @Test
    void recoversThePlainAntibunchingDip() {
        // given g0 = 0.1, τ0 = 2 ns, τd = 300 ps, 400 counts per 100 ps bin at long delays
        Histogram histogram = new Simulated(31).cwG2(DIP);

        // when
        CwG2Result result = CwG2.fit(histogram, Settings.defaults());

        // then
        assertThat(result.bunchingTerm()).isFalse();
        assertThat(result.a()).isEqualTo(Estimate.exact(0));
        assertThat(result.tau1Ps()).isEmpty();
        assertThat(Math.abs(result.g0().pull(0.1))).isLessThan(3);
        assertThat(Math.abs(result.tau0Ps().pull(2000))).isLessThan(3);
        assertThat(Math.abs(result.delayPs().pull(300))).isLessThan(3);
        assertThat(Math.abs(result.longDelayLevel().pull(400))).isLessThan(3);
        assertThat(result.purity().value()).isEqualTo(1 - result.g0().value());
        assertThat(result.quality().chi2Reduced()).isBetween(0.85, 1.15);
        assertThat(result.quality().degreesOfFreedom()).isEqualTo(996);
        assertThat(result.method()).isEqualTo("g2-cw@1");
    }

    @Test
    void reportedSigmaOfG0CoversTheTruth() {
        Coverage.Fractions f = Coverage.of(0.1, seed -> CwG2.fit(new Simulated(seed).cwG2(DIP), Settings.defaults()).g0());

        Coverage.assertHonest(f);
    }

    @Test
    void reportedSigmaOfTau0CoversTheTruth() {
        Coverage.Fractions f = Coverage.of(2000,
                seed -> CwG2.fit(new Simulated(500 + seed).cwG2(DIP), Settings.defaults().withBunching(Bunching.NONE)).tau0Ps());

        Coverage.assertHonest(f);
    }

    @Test
    void givenJitterIsDeconvolved() {
        // given 800 ps FWHM detector jitter, which fills the dip from 0.1 to about 0.26
        Simulated.CwG2 truth = DIP.withJitterFwhmPs(800);
        Histogram histogram = new Simulated(32).cwG2(truth);

        // when
        CwG2Result withJitter = CwG2.fit(histogram, Settings.defaults().withJitterFwhmPs(800));
        CwG2Result ignoringJitter = CwG2.fit(histogram, Settings.defaults());

        // then
        assertThat(Math.abs(withJitter.g0().pull(0.1))).isLessThan(3);
        assertThat(Math.abs(withJitter.tau0Ps().pull(2000))).isLessThan(3);
        assertThat(withJitter.jitterFwhmPs()).isEqualTo(800);
        assertThat(ignoringJitter.g0().value()).isGreaterThan(withJitter.g0().value() + 3 * withJitter.g0().sigma());
    }

    @Test
    void bunchingShoulderIsFittedWhenSignificant() {
        // given a = 0.5, τ1 = 20 ns (blinking shoulder)
        Simulated.CwG2 truth = DIP.withBunching(0.5, 20_000);
        Histogram histogram = new Simulated(33).cwG2(truth);

        // when
        CwG2Result result = CwG2.fit(histogram, Settings.defaults());
        CwG2Result forcedPlain = CwG2.fit(histogram, Settings.defaults().withBunching(Bunching.NONE));

        // then
        assertThat(result.bunchingTerm()).isTrue();
        assertThat(Math.abs(result.a().pull(0.5))).isLessThan(3);
        assertThat(Math.abs(result.tau1Ps().orElseThrow().pull(20_000))).isLessThan(3);
        assertThat(Math.abs(result.g0().pull(0.1))).isLessThan(3);
        assertThat(Math.abs(result.tau0Ps().pull(2000))).isLessThan(3);
        assertThat((double) result.parameters().get("deltaChi2Bunching")).isGreaterThan(CwG2.DELTA_CHI2_FOR_BUNCHING);
        assertThat(forcedPlain.quality().chi2Reduced()).isGreaterThan(1.5);
    }

    @Test
    void reportedSigmaOfTheBunchingAmplitudeCoversTheTruth() {
        Simulated.CwG2 truth = DIP.withBunching(0.5, 20_000);

        Coverage.Fractions f = Coverage.of(0.5, seed -> CwG2.fit(new Simulated(700 + seed).cwG2(truth), Settings.defaults()).a());

        Coverage.assertHonest(f);
    }

    @Test
    void flatHistogramWithoutDipIsRefused() {
        double[] counts = new Simulated(34).poisson(filled(1000, 400));
        Histogram flat = Histogram.uniform(-50_000, 100, counts);

        assertThatThrownBy(() -> CwG2.fit(flat, Settings.defaults().withBunching(Bunching.NONE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("CW g² fit (antibunching dip)");
    }

    @Test
    void allZeroHistogramIsRefused() {
        assertThatThrownBy(() -> CwG2.fit(Histogram.uniform(0, 100, new double[50]), Settings.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CW g² histogram holds no counts (all 50 bins are zero)");
    }

    @Test
    void negativeJitterIsRefused() {
        assertThatThrownBy(() -> Settings.defaults().withJitterFwhmPs(-1))
                .hasMessage("jitter FWHM must be a finite number of ps ≥ 0, got -1.0");
    }

    @Test
    void analyticJitterConvolutionMatchesNumericalOne() {
        for (double u : new double[] {-5000, -800, -1, 0, 3, 250, 1200, 9000}) {
            for (double tau : new double[] {20, 500, 4000}) {
                double analytic = TwoSidedDecay.value(u, tau, 340);
                double numeric = fineConvolution(u, tau, 340);
                assertThat(analytic).as("u=%s τ=%s", u, tau).isCloseTo(numeric, org.assertj.core.api.Assertions.within(1e-6));
            }
        }
    }

    /** Midpoint rule on a grid fine against both τ and σ, out to ±10σ. */
    private static double fineConvolution(double u, double tau, double sigma) {
        double h = Math.min(tau, sigma) / 200;
        double sum = 0;
        for (double s = -10 * sigma + h / 2; s < 10 * sigma; s += h) {
            sum += Math.exp(-Math.abs(u - s) / tau) * Math.exp(-s * s / (2 * sigma * sigma));
        }
        return sum * h / (sigma * Math.sqrt(2 * Math.PI));
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }
}
