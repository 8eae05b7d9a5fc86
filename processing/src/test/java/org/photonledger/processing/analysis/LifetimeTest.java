package org.photonledger.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.photonledger.processing.analysis.Lifetime.Settings;

class LifetimeTest {

    @Test
    void recoversTheCryogenicLifetime() {
        // given the paper's 0.4 ns at 4 K, 16 ps bins, a 32 ps IRF, 2 background counts per bin
        Simulated.Decay truth = Simulated.Decay.mono(400, 16);
        Histogram histogram = new Simulated(41).decay(truth);

        // when
        LifetimeResult result = Lifetime.fit(histogram, Settings.mono());

        // then
        assertThat(Math.abs(result.tauPs().pull(400))).isLessThan(3);
        assertThat(Math.abs(result.background().pull(2))).isLessThan(3);
        assertThat(result.tauPs().sigma()).isBetween(0.5, 5.0);
        assertThat(result.fitFromPs()).isGreaterThan(truth.onsetPs());
        assertThat(result.fitToPs()).isBetween(3000.0, 16_000.0);
        assertThat(result.quality().chi2Reduced()).isBetween(0.8, 1.2);
        assertThat(result.components()).isEqualTo(1);
        assertThat(result.irfShiftPs()).isEmpty();
        assertThat(result.method()).isEqualTo("lifetime@1");
    }

    @Test
    void recoversTheInCavityLifetime() {
        // given the paper's 12.7 ns in the cavity, 128 ps bins
        Histogram histogram = new Simulated(42).decay(Simulated.Decay.mono(12_700, 128));

        LifetimeResult result = Lifetime.fit(histogram, Settings.mono());

        assertThat(Math.abs(result.tauPs().pull(12_700))).isLessThan(3);
    }

    @Test
    void reportedSigmaOfTauCoversTheTruth() {
        Simulated.Decay truth = Simulated.Decay.mono(400, 16);

        Coverage.Fractions f = Coverage.of(400, seed -> Lifetime.fit(new Simulated(seed).decay(truth), Settings.mono()).tauPs());

        Coverage.assertHonest(f);
    }

    @Test
    void separatesTwoComponents() {
        // given 300 ps and 3 ns components
        Simulated.Decay truth = new Simulated.Decay(4000, 300, 1000, 3000, 640, 32, 2, 16, 1000);
        Histogram histogram = new Simulated(43).decay(truth);

        // when
        LifetimeResult result = Lifetime.fit(histogram, Settings.bi());

        // then the shorter comes first, and the mean is intensity-weighted
        assertThat(result.components()).isEqualTo(2);
        assertThat(Math.abs(result.tausPs().get(0).pull(300))).isLessThan(3);
        assertThat(Math.abs(result.tausPs().get(1).pull(3000))).isLessThan(3);
        double a1 = result.amplitudes().get(0).value();
        double a2 = result.amplitudes().get(1).value();
        double t1 = result.tausPs().get(0).value();
        double t2 = result.tausPs().get(1).value();
        assertThat(result.tauPs().value()).isCloseTo((a1 * t1 * t1 + a2 * t2 * t2) / (a1 * t1 + a2 * t2), within(1e-6));
    }

    @Test
    void biExponentialOnAMonoDecayIsRefused() {
        Histogram histogram = new Simulated(44).decay(Simulated.Decay.mono(400, 16));

        assertThatThrownBy(() -> Lifetime.fit(histogram, Settings.bi()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("found no two distinct components");
    }

    @Test
    void irfReconvolutionRecoversALifetimeComparableToTheIrf() {
        // given a 400 ps decay seen through a 150 ps (σ) IRF, and a measured IRF with 10⁵ counts
        Simulated.Decay truth = Simulated.Decay.mono(400, 16).withIrfSigmaPs(150);
        Histogram decay = new Simulated(45).decay(truth);
        Histogram irf = new Simulated(46).irf(truth, 1e5);

        // when
        LifetimeResult result = Lifetime.fit(decay, Settings.mono().withIrf(irf));

        // then
        assertThat(Math.abs(result.tauPs().pull(400))).isLessThan(3);
        assertThat(Math.abs(result.irfShiftPs().orElseThrow().pull(0))).isLessThan(3);
        assertThat(result.fitFromPs()).isLessThan(truth.onsetPs());
    }

    @Test
    void givenRangeIsUsed() {
        Histogram histogram = new Simulated(47).decay(Simulated.Decay.mono(400, 16));

        LifetimeResult result = Lifetime.fit(histogram, Settings.mono().withRange(1000, 6000));

        assertThat(result.fitFromPs()).isCloseTo(1000, within(8.0));
        assertThat(result.fitToPs()).isCloseTo(6000, within(8.0));
        assertThat(result.parameters()).containsEntry("rangeFrom", "given");
        assertThat(Math.abs(result.tauPs().pull(400))).isLessThan(3);
    }

    @Test
    void edgeCasesAreRefusedNamingTheProblem() {
        Histogram zeros = Histogram.uniform(8, 16, new double[100]);
        assertThatThrownBy(() -> Lifetime.fit(zeros, Settings.mono()))
                .hasMessage("lifetime histogram holds no counts (all 100 bins are zero)");

        Histogram decay = new Simulated(48).decay(Simulated.Decay.mono(400, 16));
        Histogram shortIrf = Histogram.uniform(8, 16, new double[] {1, 2, 3});
        assertThatThrownBy(() -> Lifetime.fit(decay, Settings.mono().withIrf(shortIrf)))
                .hasMessage("IRF has 3 bins but the lifetime histogram has 1000; both must share the same bins");

        assertThatThrownBy(() -> Lifetime.fit(decay, Settings.mono().withRange(1000, 1050)))
                .hasMessage("lifetime fit range 1000 … 1048 ps holds 4 bins; need at least 8");

        assertThatThrownBy(() -> Lifetime.fit(decay, Settings.mono().withRange(1000, 99_000)))
                .hasMessage("fit range limit 99000 ps lies outside the histogram (8 … 15992 ps)");

        assertThatThrownBy(() -> new Settings(3, Optional.empty(), OptionalDouble.empty(), OptionalDouble.empty()))
                .hasMessage("components must be 1 (mono) or 2 (bi-exponential), got 3");
    }

    /** ETA's HydraHarp T3 lifetime test histogram (input 1 after its sync, 780 × 16 ps): a clean mono-exponential. */
    @Test
    void fitsEtaT3LifetimeHistogram() throws IOException {
        double[] counts = ReferenceData.npz(ReferenceData.require("200213_HH400_T3_80MHz_lifetime.npz")).get("hist1");
        Histogram histogram = Histogram.uniform(8, 16, counts);

        LifetimeResult result = Lifetime.fit(histogram, Settings.mono());

        assertThat(result.tauPs().value()).isCloseTo(131.7, within(1.5));
        assertThat(result.tauPs().sigma()).isLessThan(1.0);
        assertThat(result.quality().chi2Reduced()).isBetween(0.7, 1.4);
        assertThatThrownBy(() -> Lifetime.fit(histogram, Settings.bi())).hasMessageContaining("no two distinct components");
    }
}
