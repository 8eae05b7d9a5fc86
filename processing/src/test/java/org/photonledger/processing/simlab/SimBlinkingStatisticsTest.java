package org.photonledger.processing.simlab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.photonledger.acquisition.correlator.CountRateTrace;
import org.photonledger.acquisition.correlator.CountRateTracer;
import org.photonledger.acquisition.simlab.BlinkingModel;
import org.photonledger.acquisition.simlab.DotModel;
import org.photonledger.acquisition.simlab.LabModel;
import org.photonledger.acquisition.simlab.SimulatedLab;
import org.photonledger.processing.analysis.Blinking;
import org.photonledger.processing.analysis.BlinkingResult;

/** The on-fraction of a blinking trace in 5 ms bins (Fig. 3b) against the configured duty cycle. */
class SimBlinkingStatisticsTest {

    @Test
    void on_fraction_of_a_count_rate_trace_matches_the_telegraph_duty_cycle() {
        // given the default room-temperature blinking (exponential, 80 ms on, 20 ms off: 80 % on), no bleaching
        DotModel dots = DotModel.defaults();
        dots = dots.withRoomTemperature(dots.roomTemperature().withMeanBleachingDose(DotModel.NEVER_BLEACHES));
        SimulatedLab lab = new SimulatedLab(401, LabModel.defaults().withDots(dots));
        lab.mount(SimLabs.GLASS);
        SimLabs.onIsolatedDot(lab);
        lab.cwLaser().setPower(SimLabs.microwatt(0.2));
        lab.cwLaser().setEnabled(true);
        double configured = SimLabs.truth(lab, "sim.truth.dot.0.blinking.onFraction");
        double onRate = SimLabs.truth(lab, "sim.truth.dot.0.detectedRateOn.ch0")
                + SimLabs.truth(lab, "sim.truth.dot.0.detectedRateOn.ch1");
        // when 30 s are traced in 5 ms bins, both detectors together
        CountRateTrace trace = CountRateTracer.trace(lab.timeTagger().acquire(SimLabs.seconds(30)), 5_000_000_000L,
                null);
        long[] a = trace.of(0);
        long[] b = trace.of(1);
        double[] counts = new double[Math.min(a.length, b.length)];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = a[i] + b[i];
        }
        BlinkingResult result = Blinking.analyse(counts, 5);
        // then two levels are found, the on level at the on-state rate, and the on-fraction is the duty cycle;
        // its σ comes from 20 blocks, which holds the telegraph's own fluctuation over 30 s (≈ 0.016 for 16 ms
        // correlation time); 4σ
        SimLabs.report("blinking on-fraction", configured, result.onFraction());
        assertThat(configured).isEqualTo(0.8, offset(1e-12));
        assertThat(result.twoLevels()).isTrue();
        assertThat(Math.abs(result.onFraction().pull(configured))).isLessThan(4);
        assertThat(result.onFraction().sigma()).isLessThan(0.05);
        // dead time and afterpulses change the on level by < 1 %; bins cut by a switch pull it down a little
        assertThat(result.onLevel().value()).isBetween(0.95 * onRate * 0.005, 1.02 * onRate * 0.005);
        assertThat(dots.roomTemperature().blinking()).isInstanceOf(BlinkingModel.Exponential.class);
    }
}
