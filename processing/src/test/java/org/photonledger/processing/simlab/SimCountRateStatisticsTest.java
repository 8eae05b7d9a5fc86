package org.photonledger.processing.simlab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.photonledger.acquisition.instrument.Specimen;
import org.photonledger.acquisition.simlab.DotModel;
import org.photonledger.acquisition.simlab.LabModel;
import org.photonledger.acquisition.simlab.SetupModel;
import org.photonledger.acquisition.simlab.SimulatedLab;
import org.photonledger.acquisition.timetag.TagStatistics;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.processing.analysis.Estimate;

/**
 * Count rates against the expected ones: photon rates at each detector (dot S, background and dark counts B, from
 * the truth) through the non-paralysable dead time τ, plus afterpulses (probability p). A photon is lost when the
 * detector registered another within τ before it; for Poisson light that happens with probability (S + B)·τ, so
 * B·(1 − (S + B)τ) of the background is counted; the dot's own photons avoid one another (antibunching), so only
 * S·G of them are lost per dot photon, G = ∫₀^τ g²(t) dt = τ − (1 − g²(0))·τ0·(1 − e^(−τ/τ0)), about 60 % of
 * S·τ here. σ = √N: Poisson for the uncorrelated light, conservative for the antibunched dot.
 */
class SimCountRateStatisticsTest {

    @Test
    void a_dot_counts_at_its_expected_rate_with_afterpulses_on_top() {
        // given a dot on glass under weak CW light (≈ 45 kcps per detector, dead-time losses ≈ 0.1 %)
        SimulatedLab lab = SimLabs.steady(501);
        lab.mount(SimLabs.GLASS);
        SimLabs.onIsolatedDot(lab);
        lab.cwLaser().setPower(SimLabs.microwatt(0.05));
        lab.cwLaser().setEnabled(true);
        double dead = SimLabs.setting(lab, "spad-1", "deadTime") * 1e-9;
        double afterpulsing = SimLabs.setting(lab, "spad-1", "afterpulsingProbability") / 100;
        double dark = SimLabs.setting(lab, "spad-1", "darkCountRate");
        double g0 = SimLabs.truth(lab, "sim.truth.dot.0.g2Zero");
        double tau0 = 1 / (1 / (SimLabs.truth(lab, "sim.truth.dot.0.lifetime") * 1e-9)
                + SimLabs.truth(lab, "sim.truth.dot.0.excitationRate") * 1e6);
        double antibunched = dead - (1 - g0) * tau0 * (1 - Math.exp(-dead / tau0));
        // when 20 s are counted
        Quantity duration = SimLabs.seconds(20);
        double seconds = duration.in(Unit.SECOND);
        TagStatistics s = TagStatistics.of(lab.timeTagger().acquire(duration));
        // then each channel's count is the expected one within 4√N
        for (int c = 0; c < 2; c++) {
            double dot = SimLabs.truth(lab, "sim.truth.dot.0.detectedRateOn.ch" + c);
            double uncorrelated = SimLabs.truth(lab, "sim.truth.background.ch" + c) + dark;
            double registered = dot * (1 - dot * antibunched - uncorrelated * dead)
                    + uncorrelated * (1 - (dot + uncorrelated) * dead);
            double expected = seconds * registered * (1 + afterpulsing);
            double n = s.photons(c);
            SimLabs.report("counts on channel " + c, expected, new Estimate(n, Math.sqrt(n)));
            assertThat(Math.abs(n - expected)).isLessThan(4 * Math.sqrt(n));
            assertThat(n).isGreaterThan(200_000);
        }
    }

    @Test
    void uncorrelated_light_at_megahertz_rates_loses_exactly_the_non_paralysable_dead_time_share() {
        // given a film without dots: only the background light, Poisson, ≈ 2 MHz per detector; no afterpulsing,
        // so R/(1 + Rτ) is exact (a 4 % loss, against a 0.1 % σ)
        SetupModel setup = SetupModel.defaults();
        SetupModel.Detectors d = setup.detectors();
        setup = setup.withDetectors(new SetupModel.Detectors(d.efficiency(), d.darkCountRate(), d.deadTime(),
                d.jitter(), Quantity.of(0, Unit.PERCENT), d.afterpulseDelay()));
        SimulatedLab lab = new SimulatedLab(502, new LabModel(DotModel.defaults().steady(), setup));
        lab.mount(new Specimen.Film("no-dots", Quantity.of(0, Unit.PER_SQUARE_MICROMETRE), false, 1L));
        lab.cwLaser().setPower(Quantity.of(9, Unit.MILLIWATT));
        lab.cwLaser().setEnabled(true);
        double dead = SimLabs.setting(lab, "spad-1", "deadTime") * 1e-9;
        double dark = SimLabs.setting(lab, "spad-1", "darkCountRate");
        // when
        Quantity duration = SimLabs.seconds(0.5);
        double seconds = duration.in(Unit.SECOND);
        TagStatistics s = TagStatistics.of(lab.timeTagger().acquire(duration));
        // then
        for (int c = 0; c < 2; c++) {
            double r = SimLabs.truth(lab, "sim.truth.background.ch" + c) + dark;
            double expected = seconds * r / (1 + r * dead);
            double n = s.photons(c);
            SimLabs.report("dead-time-limited counts on channel " + c, expected, new Estimate(n, Math.sqrt(n)));
            assertThat(r * dead).isGreaterThan(0.03);
            assertThat(Math.abs(n - expected)).isLessThan(4 * Math.sqrt(n));
        }
    }
}
