package org.photonledger.processing.simlab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.photonledger.acquisition.correlator.CorrelationHistogram;
import org.photonledger.acquisition.correlator.CorrelationSpec;
import org.photonledger.acquisition.correlator.CrossCorrelator;
import org.photonledger.acquisition.simlab.SimulatedLab;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.processing.analysis.CwG2;
import org.photonledger.processing.analysis.CwG2Result;
import org.photonledger.processing.analysis.PulsedG2;
import org.photonledger.processing.analysis.PulsedG2Result;

/**
 * g²(0) of simulated HBT data against the simulation's truth. The dot's own g²(0) follows from its biexciton yield
 * and the excitation (see the specimen entry); what the HBT sees also holds accidental coincidences with light
 * that is uncorrelated on the scale of the dip:
 * <ul>
 * <li>background and dark counts: with dot rate S and uncorrelated rate B per detector, pairs at τ = 0 are
 * g²·S_a·S_b + S_a·B_b + B_a·S_b + B_a·B_b out of (S_a + B_a)(S_b + B_b);</li>
 * <li>afterpulses (probability p per detection, 22 ns + Exp(50 ns) after it): an afterpulse pairs with the other
 * detector's photons as its parent photon would at a delay of 22–200 ns, where the CW dip has recovered to
 * ḡ = 1 − (1 − g²(0))·e^(−τ_dead/τ0)/(1 + τ_ap/τ0) ≈ 0.98; so each detector adds p·ḡ·S_a·S_b pairs and p of its
 * counts, raising the measured g²(0) by ≈ 2p ≈ 0.01. (In the pulsed histogram they fall between the peaks.)</li>
 * </ul>
 * For pulsed peak areas the flat pairs F in one window add to central and side areas alike: (g²·A + F)/(A + F),
 * A = S_a·S_b·T·period. Dots here neither blink nor bleach.
 */
class SimG2StatisticsTest {

    private static double[] rates(SimulatedLab lab) {
        double dark = SimLabs.setting(lab, "spad-1", "darkCountRate");
        return new double[] {
            SimLabs.truth(lab, "sim.truth.dot.0.detectedRateOn.ch0"),
            SimLabs.truth(lab, "sim.truth.dot.0.detectedRateOn.ch1"),
            SimLabs.truth(lab, "sim.truth.background.ch0") + dark,
            SimLabs.truth(lab, "sim.truth.background.ch1") + dark};
    }

    @Test
    void pulsed_g2_zero_from_peak_areas_matches_the_biexciton_cascade() {
        // given a dot on a mirror under 5 MHz pulses, μ ≈ 1
        SimulatedLab lab = SimLabs.steady(201);
        lab.mount(SimLabs.MIRROR);
        SimLabs.onIsolatedDot(lab);
        lab.pulsedLaser().setPower(SimLabs.microwatt(0.1));
        lab.pulsedLaser().setEnabled(true);
        double dot = SimLabs.truth(lab, "sim.truth.dot.0.g2Zero");
        double[] r = rates(lab);
        // when 8 s are correlated over ±10 periods in 512 ps bins
        Quantity duration = SimLabs.seconds(8);
        double seconds = duration.in(Unit.SECOND);
        CorrelationHistogram h = CrossCorrelator.correlate(lab.timeTagger().acquire(duration),
                new CorrelationSpec(0, 1, 512, 2_000_000, 0));
        PulsedG2Result result = PulsedG2.analyse(SimLabs.histogram(h), PulsedG2.Settings.defaults());
        // then the peak-area ratio is the dot's g²(0) raised by the flat accidental pairs in the window
        double period = 200_000e-12;
        double window = result.windowPs() * 1e-12;
        double side = r[0] * r[1] * seconds * period;
        double flat = (r[0] * r[3] + r[2] * r[1] + r[2] * r[3]) * seconds * window;
        double expected = (dot * side + flat) / (side + flat);
        SimLabs.report("pulsed g2(0)", expected, result.g2Zero());
        // σ from the peak areas (Poisson): ≈ 0.001 here; 4σ
        assertThat(result.g2Zero().sigma()).isLessThan(0.003);
        assertThat(Math.abs(result.g2Zero().pull(expected))).isLessThan(4);
        assertThat(dot).isBetween(0.04, 0.08);
        assertThat(result.periodPs().value()).isCloseTo(200_000, offset(10.0));
    }

    @Test
    void cw_g2_zero_from_the_antibunching_dip_matches_the_three_level_steady_state() {
        // given a dot on a mirror under CW light at about a tenth of saturation
        SimulatedLab lab = SimLabs.steady(202);
        lab.mount(SimLabs.MIRROR);
        SimLabs.onIsolatedDot(lab);
        lab.cwLaser().setPower(SimLabs.microwatt(0.2));
        lab.cwLaser().setEnabled(true);
        double dot = SimLabs.truth(lab, "sim.truth.dot.0.g2Zero");
        double[] r = rates(lab);
        // when 8 s are correlated over ±150 ns in 256 ps bins and fitted with the detectors' jitter
        CorrelationHistogram h = CrossCorrelator.correlate(lab.timeTagger().acquire(SimLabs.seconds(8)),
                new CorrelationSpec(0, 1, 256, 150_000, 0));
        double jitterFwhm = Math.sqrt(2) * Math.sqrt(Math.pow(SimLabs.setting(lab, "spad-1", "jitterFwhm"), 2)
                + Math.pow(2.3548 * SimLabs.setting(lab, "time-tagger", "rmsJitter"), 2));
        CwG2Result result = CwG2.fit(SimLabs.histogram(h), CwG2.Settings.defaults().withJitterFwhmPs(jitterFwhm)
                .withBunching(CwG2.Bunching.NONE));
        // then g0 is the dot's g²(0) with the accidental floor of background, dark counts and afterpulses
        double tau = SimLabs.truth(lab, "sim.truth.dot.0.lifetime") * 1000;
        double pump = SimLabs.truth(lab, "sim.truth.dot.0.excitationRate") * 1e-6;
        double tau0 = 1 / (1 / tau + pump);
        double p = SimLabs.setting(lab, "spad-1", "afterpulsingProbability") / 100;
        double deadPs = SimLabs.setting(lab, "spad-1", "deadTime") * 1000;
        double afterpulsePs = SimLabs.setting(lab, "spad-1", "afterpulseMeanDelay") * 1000;
        double recovered = 1 - (1 - dot) * Math.exp(-deadPs / tau0) / (1 + afterpulsePs / tau0);
        double pairs = dot * r[0] * r[1] + r[0] * r[3] + r[2] * r[1] + r[2] * r[3]
                + p * ((recovered * r[0] + r[2]) * (r[1] + r[3]) + (recovered * r[1] + r[3]) * (r[0] + r[2]));
        double expected = pairs / ((r[0] + r[2]) * (r[1] + r[3]) * (1 + p) * (1 + p));
        SimLabs.report("CW g2(0)", expected, result.g0());
        // σ from the fit (Poisson, jitter deconvolved) ≈ 0.006 here; 4σ
        assertThat(result.g0().sigma()).isLessThan(0.015);
        assertThat(Math.abs(result.g0().pull(expected))).isLessThan(4);
        // and the dip recovers at the pump-plus-decay rate 1/(r + Γ)
        SimLabs.report("CW antibunching time (ps)", tau0, result.tau0Ps());
        assertThat(Math.abs(result.tau0Ps().pull(tau0))).isLessThan(4);
    }
}
