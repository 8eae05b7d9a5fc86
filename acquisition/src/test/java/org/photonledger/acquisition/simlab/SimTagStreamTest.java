package org.photonledger.acquisition.simlab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.photonledger.acquisition.instrument.Specimen;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.acquisition.timetag.TagList;
import org.photonledger.acquisition.timetag.TagMode;
import org.photonledger.acquisition.timetag.TagSource;
import org.photonledger.acquisition.timetag.TimeBase;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

class SimTagStreamTest {

    @Test
    void tags_come_in_time_order_within_the_acquisition_window_on_channels_0_and_1() {
        // given a dot under CW excitation
        SimulatedLab lab = SimFixtures.steadyLab(11);
        lab.mount(SimFixtures.GLASS_FILM);
        SimFixtures.onIsolatedDot(lab);
        lab.cwLaser().setPower(SimFixtures.microwatt(1));
        lab.cwLaser().setEnabled(true);
        // when 50 ms are read block by block
        TagSource source = lab.timeTagger().acquire(Quantity.of(50, Unit.MILLISECOND));
        TagBlock block = new TagBlock(1000);
        long previous = Long.MIN_VALUE;
        long[] perChannel = new long[2];
        while (source.next(block)) {
            for (int i = 0; i < block.size(); i++) {
                long t = block.times()[i];
                // then each tag is at or after the one before, inside [0, 50 ms), on a detector channel
                assertThat(t).isGreaterThanOrEqualTo(previous).isBetween(0L, 50_000_000_000L - 1);
                assertThat(block.channels()[i]).isBetween((short) 0, (short) 1);
                perChannel[block.channels()[i]]++;
                previous = t;
            }
        }
        assertThat(source.timeBase()).isEqualTo(TimeBase.t2(1));
        assertThat(perChannel[0]).isGreaterThan(10_000);
        assertThat(perChannel[1]).isGreaterThan(10_000);
    }

    @Test
    void no_detector_fires_twice_within_its_dead_time() {
        // given a bright spot: a dense film on a mirror under strong CW light, some MHz per detector
        SimulatedLab lab = SimFixtures.steadyLab(12);
        lab.mount(new Specimen.Film("dense", Quantity.of(8,
                Unit.PER_SQUARE_MICROMETRE), true, 5L));
        lab.cwLaser().setPower(SimFixtures.microwatt(10));
        lab.cwLaser().setEnabled(true);
        // when
        TagList tags = SimFixtures.acquire(lab, 0.01);
        // then consecutive tags of one channel are at least the dead time apart, up to the jitter spread
        SetupModel.Detectors detectors = lab.model().setup().detectors();
        double deadPs = detectors.deadTime().in(Unit.PICOSECOND);
        double jitterSpreadPs = 2 * Draws.GAUSSIAN_CUT * 153;
        long[] last = {Long.MIN_VALUE, Long.MIN_VALUE};
        long shortest = Long.MAX_VALUE;
        long closeToDeadTime = 0;
        for (int i = 0; i < tags.size(); i++) {
            int c = tags.channel(i);
            if (last[c] != Long.MIN_VALUE) {
                long gap = tags.time(i) - last[c];
                shortest = Math.min(shortest, gap);
                if (gap < deadPs + 10_000) {
                    closeToDeadTime++;
                }
            }
            last[c] = tags.time(i);
        }
        assertThat(shortest).isGreaterThan((long) (deadPs - jitterSpreadPs));
        // and many arrivals came just after the detector re-armed: without a dead time about R·22 ns of all gaps
        // would have been shorter than it, so the check above had something to catch
        assertThat(tags.size()).isGreaterThan(50_000);
        assertThat(closeToDeadTime).isGreaterThan(tags.size() / 100);
    }

    @Test
    void with_the_lasers_off_only_dark_counts_and_their_afterpulses_remain() {
        // given a film with both lasers off
        SimulatedLab lab = new SimulatedLab(13);
        lab.mount(SimFixtures.GLASS_FILM);
        // when 60 s are acquired
        TagList tags = SimFixtures.acquire(lab, 60);
        // then each channel counts 100 cps dark counts plus 0.5 % afterpulses: 6030 ± 78 (σ = √N)
        long[] counts = new long[2];
        long[] last = {Long.MIN_VALUE, Long.MIN_VALUE};
        long closePairs = 0;
        for (int i = 0; i < tags.size(); i++) {
            int c = tags.channel(i);
            counts[c]++;
            if (last[c] != Long.MIN_VALUE && tags.time(i) - last[c] < 1_000_000) {
                closePairs++;
            }
            last[c] = tags.time(i);
        }
        for (long n : counts) {
            assertThat((double) n).isCloseTo(6030, offset(4 * Math.sqrt(6030)));
        }
        // and the afterpulses show as pairs closer than 1 µs: 0.5 % of 12 000 = 60 ± 8, while Poisson dark counts
        // alone would give 12 000 · 10⁻⁴ ≈ 1.2
        assertThat(closePairs).isBetween(60 - 4 * 8L, 60 + 4 * 8L);
    }

    @Test
    void the_pulsed_laser_switches_the_tagger_to_T3_with_the_laser_period_as_sync() {
        // given the pulsed laser at 20 MHz
        SimulatedLab lab = SimFixtures.steadyLab(14);
        lab.mount(SimFixtures.GLASS_FILM);
        SimFixtures.onIsolatedDot(lab);
        lab.pulsedLaser().setRepetitionRate(Quantity.of(20, Unit.MEGAHERTZ));
        lab.pulsedLaser().setPower(SimFixtures.microwatt(0.5));
        lab.pulsedLaser().setEnabled(true);
        // when
        TagList tags = SimFixtures.acquire(lab, 0.02);
        // then times are sync times plus dtimes in 2 ps units (the finest for which 50 ns fit 15 bits, so the
        // stream can be written as PTU), dtimes within one period
        TimeBase base = tags.timeBase();
        assertThat(base.mode()).isEqualTo(TagMode.T3);
        assertThat(base.globalResolutionPs()).isEqualTo(50_000.0);
        assertThat(base.resolutionPs()).isEqualTo(2.0);
        assertThat(tags.size()).isGreaterThan(1000);
        for (int i = 0; i < tags.size(); i++) {
            assertThat(tags.time(i)).isEqualTo(base.t3TimePs(tags.sync(i), tags.dtime(i)));
            assertThat(tags.dtime(i)).isBetween(0, 25_000 - 1);
        }
        assertThat(SimulatedLab.dtimeUnitPs(200_000, 1)).isEqualTo(8.0);
        assertThat(SimulatedLab.dtimeUnitPs(12_500, 1)).isEqualTo(1.0);
        assertThat(lab.timeTagger().settings().setting("mode").orElseThrow().value()).isEqualTo("T3");
        // and with the pulsed laser off again the stream is T2
        lab.pulsedLaser().setEnabled(false);
        lab.cwLaser().setEnabled(true);
        assertThat(lab.timeTagger().acquire(Quantity.of(1, Unit.MILLISECOND)).timeBase().mode())
                .isEqualTo(TagMode.T2);
    }

    @Test
    void the_decay_starts_where_the_channel_delay_puts_it() {
        // given pulsed excitation, read once without and once with a 5 ns delay on both detectors
        SimulatedLab lab = SimFixtures.steadyLab(15);
        lab.mount(SimFixtures.GLASS_FILM);
        SimFixtures.onIsolatedDot(lab);
        lab.pulsedLaser().setPower(SimFixtures.microwatt(0.2));
        lab.pulsedLaser().setEnabled(true);
        // when
        double before = earlyFraction(SimFixtures.acquire(lab, 0.05), 5_000);
        lab.timeTagger().setChannelDelay(0, Quantity.of(5, Unit.NANOSECOND));
        lab.timeTagger().setChannelDelay(1, Quantity.of(5, Unit.NANOSECOND));
        double after = earlyFraction(SimFixtures.acquire(lab, 0.05), 5_000);
        // then without delay a 12 ns decay puts 1 − e^(−5/12) ≈ 34 % of photons in the first 5 ns, with the
        // delay almost none (only dark counts and afterpulses)
        assertThat(before).isBetween(0.25, 0.45);
        assertThat(after).isLessThan(0.01);
    }

    private static double earlyFraction(TagList tags, long dtimePs) {
        long early = 0;
        for (int i = 0; i < tags.size(); i++) {
            if (tags.timeBase().dtimePs(tags.dtime(i)) < dtimePs) {
                early++;
            }
        }
        return (double) early / tags.size();
    }

    @Test
    void an_hour_long_acquisition_generates_only_what_is_read() {
        // given a bright dot and an acquisition of one hour
        SimulatedLab lab = SimFixtures.steadyLab(16);
        lab.mount(SimFixtures.GLASS_FILM);
        SimFixtures.onIsolatedDot(lab);
        lab.cwLaser().setPower(SimFixtures.microwatt(1));
        lab.cwLaser().setEnabled(true);
        SimulatedTagSource source = (SimulatedTagSource) lab.timeTagger().acquire(Quantity.of(1, Unit.HOUR));
        // when three blocks are read and the reader stops
        TagBlock block = new TagBlock();
        for (int i = 0; i < 3; i++) {
            assertThat(source.next(block)).isTrue();
        }
        // then only about three blocks' worth of photons were simulated, a few tens of ms of the hour
        assertThat(source.stampsReturned()).isEqualTo(3L * TagBlock.DEFAULT_CAPACITY);
        assertThat(source.arrivalsProcessed()).isLessThan(4L * TagBlock.DEFAULT_CAPACITY);
        assertThat(source.reachedPs()).isLessThan(1_000_000_000_000L);
        // and the lab clock nevertheless moved on by the whole hour (the acquisition happened)
        assertThat(lab.clock().in(Unit.SECOND)).isEqualTo(3600.0);
    }
}
