package org.photonledger.processing.simlab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.photonledger.acquisition.simlab.SimulatedLab;
import org.photonledger.acquisition.timetag.TagStatistics;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.processing.analysis.Estimate;
import org.photonledger.processing.analysis.Malus;
import org.photonledger.processing.analysis.MalusResult;

/**
 * DOLP from a polariser series (Fig. 2c) against the dot's. What the detectors see is diluted by the unpolarised
 * background and dark counts and by the polariser's finite extinction ratio:
 * DOLP_measured = S·D·(t_max − t_min) / ((S + B)(t_max + t_min) + 2·dark), with S and B the dot's and the
 * background's rates without polariser. The counts are corrected for the 22 ns dead time (N/(1 − N·τ/T)) as one
 * would in the lab, since its losses (≈ 0.3 % at the maximum) grow with the intensity and would flatten the curve.
 */
class SimPolarisationStatisticsTest {

    @Test
    void dolp_and_dipole_angle_come_back_from_a_malus_fit() {
        // given a dot on glass under CW light, polariser inserted
        SimulatedLab lab = SimLabs.steady(301);
        lab.mount(SimLabs.GLASS);
        SimLabs.onIsolatedDot(lab);
        lab.cwLaser().setPower(SimLabs.microwatt(0.5));
        lab.cwLaser().setEnabled(true);
        double dolp = SimLabs.truth(lab, "sim.truth.dot.0.dolp");
        double angle = SimLabs.truth(lab, "sim.truth.dot.0.dipoleAngle");
        double signal = SimLabs.truth(lab, "sim.truth.dot.0.detectedRateOn.ch0")
                + SimLabs.truth(lab, "sim.truth.dot.0.detectedRateOn.ch1");
        double background = SimLabs.truth(lab, "sim.truth.background.ch0")
                + SimLabs.truth(lab, "sim.truth.background.ch1");
        double dark = 2 * SimLabs.setting(lab, "spad-1", "darkCountRate");
        double max = SimLabs.setting(lab, "polariser", "transmissionAligned");
        double min = max / SimLabs.setting(lab, "polariser", "extinctionRatio");
        double dead = SimLabs.setting(lab, "spad-1", "deadTime") * 1e-9;
        lab.polariser().setInserted(true);
        // when 0.25 s are counted at every 15° over half a turn
        Quantity duration = SimLabs.seconds(0.25);
        double seconds = duration.in(Unit.SECOND);
        double[] angles = new double[12];
        double[] counts = new double[12];
        for (int i = 0; i < angles.length; i++) {
            angles[i] = 15 * i;
            lab.polariser().setAngle(Quantity.of(angles[i], Unit.DEGREE));
            TagStatistics s = TagStatistics.of(lab.timeTagger().acquire(duration));
            counts[i] = Math.rint(deadTimeCorrected(s.photons(0), seconds, dead)
                    + deadTimeCorrected(s.photons(1), seconds, dead));
        }
        MalusResult result = Malus.fit(angles, counts);
        // then
        double expected = signal * dolp * (max - min) / ((signal + background) * (max + min) + dark);
        SimLabs.report("DOLP", expected, result.dolp());
        // σ from the fit with ~10⁵ counts per angle ≈ 0.002; 4σ
        assertThat(result.dolp().sigma()).isLessThan(0.01);
        assertThat(Math.abs(result.dolp().pull(expected))).isLessThan(4);
        assertThat(dolp).isBetween(0.25, 0.55);
        // and the transmission maximum is the dipole's angle, modulo 180°
        double offset = ((result.theta0Deg().value() - angle) % 180 + 270) % 180 - 90;
        SimLabs.report("dipole angle offset (°)", 0, new Estimate(offset, result.theta0Deg().sigma()));
        assertThat(Math.abs(offset)).isLessThan(4 * result.theta0Deg().sigma());
    }

    private static double deadTimeCorrected(long counts, double seconds, double deadTime) {
        return counts / (1 - counts * deadTime / seconds);
    }
}
