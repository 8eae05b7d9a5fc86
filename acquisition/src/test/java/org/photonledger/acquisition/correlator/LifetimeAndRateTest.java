package org.photonledger.acquisition.correlator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.acquisition.timetag.TagList;
import org.photonledger.acquisition.timetag.TimeBase;

class LifetimeAndRateTest {

    static final TimeBase T3 = TimeBase.t3(12_500, 16);

    static TagList randomT3(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        TagList tags = new TagList(T3);
        long sync = 0;
        for (int i = 0; i < n; i++) {
            sync += random.nextInt(4);
            tags.addT3((short) random.nextInt(3), sync, random.nextInt(900));
        }
        return tags;
    }

    static TagList randomT2WithSyncs(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        TagList tags = new TagList(TimeBase.t2(1));
        long t = 0;
        for (int i = 0; i < n; i++) {
            t += random.nextInt(5000);
            int kind = random.nextInt(4);
            tags.add(t, kind == 0 ? TagBlock.SYNC : kind == 1 ? TagBlock.marker(1) : (short) random.nextInt(2));
        }
        return tags;
    }

    @Test
    void t3_lifetime_has_one_bin_per_dtime_unit_over_one_sync_period() {
        // given photons with dtimes 0, 3, 3 on channel 1 and 781 on channel 2
        TagList tags = new TagList(T3);
        tags.addT3((short) 1, 10, 0);
        tags.addT3((short) 1, 11, 3);
        tags.addT3((short) 1, 12, 3);
        tags.addT3(TagBlock.marker(2), 13, 0);
        tags.addT3((short) 2, 14, 790);
        // when
        LifetimeHistograms h = LifetimeHistogrammer.histogram(tags.source(), LifetimeHistogrammer.t3(T3, null, null));
        // then ⌈12500 / 16⌉ = 782 bins of 16 ps, extended to hold dtime 790
        assertThat(h.binWidthPs()).isEqualTo(16.0);
        assertThat(h.counts().keySet()).containsExactly(1, 2);
        assertThat(h.of(1)).hasSize(791);
        assertThat(h.of(1)[0]).isEqualTo(1);
        assertThat(h.of(1)[3]).isEqualTo(2);
        assertThat(h.of(2)[790]).isEqualTo(1);
        assertThat(h.of(2)).hasSize(791);
    }

    @Test
    void t3_lifetime_in_picosecond_bins() {
        TagList tags = new TagList(T3);
        tags.addT3((short) 0, 0, 6);   // 96 ps
        tags.addT3((short) 0, 1, 7);   // 112 ps
        LifetimeHistograms h = LifetimeHistogrammer.histogram(tags.source(),
                LifetimeHistogrammer.t3(T3, new int[] {0}, 100L));
        assertThat(h.of(0)).hasSize(125);
        assertThat(h.of(0)[0]).isEqualTo(1);
        assertThat(h.of(0)[1]).isEqualTo(1);
    }

    @Test
    void t2_lifetime_is_timed_from_the_latest_sync() {
        TagList tags = new TagList(TimeBase.t2(1));
        tags.add(50, (short) 0);            // before any sync: not counted
        tags.add(1000, TagBlock.SYNC);
        tags.add(1150, (short) 0);          // 150 ps
        tags.add(1160, (short) 1);          // 160 ps
        tags.add(2000, TagBlock.SYNC);
        tags.add(2099, (short) 0);          // 99 ps
        tags.add(2000 + 5000, (short) 0);   // 5000 ps: beyond a 1000-ps range
        LifetimeHistograms h = LifetimeHistogrammer.histogram(tags.source(),
                LifetimeHistogrammer.t2(new LifetimeReference.Sync(), null, 100, 1000));
        assertThat(h.of(0)).containsExactly(1, 1, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(h.of(1)).containsExactly(0, 1, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Property(tries = 200)
    void lifetimes_do_not_depend_on_the_block_split(@ForAll long seed, @ForAll @IntRange(min = 0, max = 300) int n,
                                                    @ForAll @IntRange(min = 1, max = 40) int maxBlock) {
        SplittableRandom split = new SplittableRandom(seed);
        TagList t3 = randomT3(seed, n);
        assertThat(LifetimeHistogrammer.histogram(t3.source(() -> 1 + split.nextInt(maxBlock)),
                LifetimeHistogrammer.t3(T3, null, null)))
                .isEqualTo(LifetimeHistogrammer.histogram(t3.source(), LifetimeHistogrammer.t3(T3, null, null)));
        TagList t2 = randomT2WithSyncs(seed, n);
        assertThat(LifetimeHistogrammer.histogram(t2.source(() -> 1 + split.nextInt(maxBlock)),
                LifetimeHistogrammer.t2(new LifetimeReference.Marker(), null, 64, 10_000)))
                .isEqualTo(LifetimeHistogrammer.histogram(t2.source(),
                        LifetimeHistogrammer.t2(new LifetimeReference.Marker(), null, 64, 10_000)));
    }

    @Test
    void count_rate_bins_start_at_time_zero_and_cover_the_last_tag() {
        TagList tags = new TagList(TimeBase.t2(1));
        tags.add(0, (short) 0);
        tags.add(999, (short) 0);
        tags.add(1000, (short) 1);
        tags.add(2500, (short) 0);
        tags.add(4100, TagBlock.SYNC);
        CountRateTrace trace = CountRateTracer.trace(tags.source(), 1000, null);
        assertThat(trace.of(0)).containsExactly(2, 0, 1, 0, 0);
        assertThat(trace.of(1)).containsExactly(0, 1, 0, 0, 0);
    }

    @Property(tries = 200)
    void count_rates_do_not_depend_on_the_block_split(@ForAll long seed, @ForAll @IntRange(min = 0, max = 300) int n,
                                                      @ForAll @IntRange(min = 1, max = 40) int maxBlock,
                                                      @ForAll @IntRange(min = 1, max = 20_000) int binWidth) {
        SplittableRandom split = new SplittableRandom(seed);
        TagList tags = randomT2WithSyncs(seed, n);
        CountRateTrace streamed = CountRateTracer.trace(tags.source(() -> 1 + split.nextInt(maxBlock)), binWidth, null);
        CountRateTrace whole = CountRateTracer.trace(tags.source(), binWidth, null);
        assertThat(streamed).isEqualTo(whole);
        // and every photon is counted once, in the bin of its time
        long photons = 0;
        for (int i = 0; i < tags.size(); i++) {
            if (tags.channel(i) >= 0) {
                photons++;
                assertThat(whole.of(tags.channel(i))[(int) (tags.time(i) / binWidth)]).isPositive();
            }
        }
        assertThat(whole.counts().values().stream().flatMapToLong(java.util.Arrays::stream).sum()).isEqualTo(photons);
    }

    @Test
    void too_fine_a_rate_bin_for_a_long_stream_is_refused_with_advice() {
        TagList tags = new TagList(TimeBase.t2(1));
        tags.add(1L << 40, (short) 0);
        assertThatThrownBy(() -> CountRateTracer.trace(tags.source(), 1, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use wider bins");
    }
}
