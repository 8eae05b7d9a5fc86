package org.photonledger.acquisition.simlab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.photonledger.acquisition.timetag.TimeBase;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/** The photon engines against the closed forms of {@link Exciton}, without detectors in between. */
class SimEngineTest {

    private static final long SECOND_PS = 1_000_000_000_000L;

    /** A dot with lifetime 12 ns, biexciton 150 ps, and detection probabilities pX, pB. */
    private static DotResponse dot(double r, double mu, double rateHz, double pX, double pB) {
        return new DotResponse(null, 0, 1 / 12_000.0, 1 / 150.0, 0.9, 0.05, r, mu, rateHz, 0, pX, pB, 0.5, 0, 0,
                List.of());
    }

    private static Gate always() {
        return new Gate(new Telegraph(new BlinkingModel.None(), 1), 0, Long.MAX_VALUE);
    }

    private static long[] count(PhotonStream s, long[] pairs, long pairWindowPs) {
        long n = 0;
        long last = Long.MIN_VALUE;
        int lastDetector = -1;
        long close = 0;
        long previousTime = Long.MIN_VALUE;
        while (s.time != PhotonStream.END) {
            assertThat(s.time).isGreaterThanOrEqualTo(previousTime);
            previousTime = s.time;
            if (last != Long.MIN_VALUE && s.time - last < pairWindowPs && s.detector != lastDetector) {
                close++;
            }
            last = s.time;
            lastDetector = s.detector;
            n++;
            s.advance();
        }
        return new long[] {n, close};
    }

    @Test
    void cw_stream_rate_matches_the_three_level_steady_state_at_low_and_saturating_power() {
        for (double saturation : new double[] {0.2, 3.0}) {
            // given an excitation rate of 0.2 and 3 times the decay rate (at 3, most X visits end in an XX)
            double r = saturation / 12_000.0;
            DotResponse d = dot(r, 0, 0, 0.05, 0.002);
            double expected = Exciton.cwDetectedRate(r, d.decayPerPs(), d.biexcitonDecayPerPs(), 0.05, 0.002) * 0.2
                    * SECOND_PS;
            // when 0.2 s of photons are drawn
            long n = count(new CwStream(new SplittableRandom(5), d, always(), 0, SECOND_PS / 5), null, 0)[0];
            // then the count is the expected one within 4σ (Poisson σ; antibunching only narrows it)
            assertThat((double) n).as("s = %s", saturation).isCloseTo(expected, offset(4 * Math.sqrt(expected)));
        }
    }

    @Test
    void pulsed_engines_skipping_and_pulse_by_pulse_agree_with_the_closed_form() {
        // given 5 MHz pulses (period 200 ns ≫ 12 ns) absorbed twice on average
        TimeBase pulses = TimeBase.t3(200_000, 1);
        DotResponse d = dot(0, 2.0, 5e6, 0.05, 0.0025);
        double expected = Exciton.pulsedDetectedPerPulse(2.0, 0.05, 0.0025) * 5e6;
        // when one second is drawn by both engines
        long[] skipping = count(new PulsedStream(new SplittableRandom(6), d, always(), pulses, 50, 0, SECOND_PS,
                true), null, 0);
        long[] stepping = count(new PulsedStream(new SplittableRandom(7), d, always(), pulses, 50, 0, SECOND_PS,
                false), null, 0);
        // then both counts match the expected 4.5·10⁵ within 4σ
        assertThat((double) skipping[0]).isCloseTo(expected, offset(4 * Math.sqrt(expected)));
        assertThat((double) stepping[0]).isCloseTo(expected, offset(4 * Math.sqrt(expected)));
    }

    @Test
    void pulsed_biexciton_cascades_make_as_many_zero_delay_pairs_as_g2_zero_says() {
        // given a source whose biexciton photons are as detectable as exciton photons, so pairs are frequent
        TimeBase pulses = TimeBase.t3(200_000, 1);
        double pX = 0.05;
        double pB = 0.05;
        DotResponse d = dot(0, 1.0, 5e6, pX, pB);
        // when 1 s is drawn and pairs on different detectors closer than 100 ns are counted
        long[] result = count(new PulsedStream(new SplittableRandom(8), d, always(), pulses, 50, 0, SECOND_PS, true),
                null, 100_000);
        // then pairs per pulse = 2·P(≥2)·pB·pX·½ (they split over the two detectors in either order) within 4σ
        double[] n = Exciton.absorbed(1.0);
        double expected = n[2] * pB * pX * 0.5 * 5e6;
        assertThat((double) result[1]).isCloseTo(expected, offset(4 * Math.sqrt(expected)));
    }

    @Test
    void a_blinking_dot_emits_only_in_its_on_periods() {
        // given a telegraph with 1 ms on and 3 ms off periods
        Telegraph telegraph = new Telegraph(new BlinkingModel.Exponential(
                Quantity.of(1, Unit.MILLISECOND),
                Quantity.of(3, Unit.MILLISECOND)), 9);
        Gate gate = new Gate(telegraph, 0, Long.MAX_VALUE);
        DotResponse d = dot(1 / 12_000.0, 0, 0, 0.05, 0.002);
        // when 2 s are drawn
        CwStream stream = new CwStream(new SplittableRandom(10), d, gate, 0, 2 * SECOND_PS);
        long n = 0;
        while (stream.time != PhotonStream.END) {
            // then every photon falls in an on period
            assertThat(gate.nextOn(stream.time)).isEqualTo(stream.time);
            n++;
            stream.advance();
        }
        // and the count is the on-state rate times the on time (on-fraction 1/4 with its spread over 500 cycles)
        double onTime = telegraph.onTime(0, 2 * SECOND_PS);
        double expected = Exciton.cwDetectedRate(d.excitationPerPs(), d.decayPerPs(), d.biexcitonDecayPerPs(), 0.05,
                0.002) * onTime;
        assertThat((double) n).isCloseTo(expected, offset(4 * Math.sqrt(expected)));
        assertThat(onTime / (2.0 * SECOND_PS)).isCloseTo(0.25, offset(0.05));
    }

    @Test
    void a_bleached_dot_emits_nothing_after_its_bleaching_time() {
        // given a gate that bleaches at 10 ms
        Gate gate = new Gate(new Telegraph(new BlinkingModel.None(), 1), 0, 10_000_000_000L);
        DotResponse d = dot(1 / 12_000.0, 0, 0, 0.05, 0.002);
        CwStream stream = new CwStream(new SplittableRandom(11), d, gate, 0, SECOND_PS);
        long last = 0;
        long n = 0;
        while (stream.time != PhotonStream.END) {
            last = stream.time;
            n++;
            stream.advance();
        }
        assertThat(n).isGreaterThan(1000);
        assertThat(last).isLessThan(10_000_000_000L);
    }
}
