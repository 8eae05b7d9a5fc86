package org.photonledger.acquisition.correlator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.acquisition.timetag.TagList;
import org.photonledger.acquisition.timetag.TimeBase;

class CrossCorrelatorPropertyTest {

    /** The definition, pair by pair, in O(n²): bin k = ⌊(τ + ⌊w/2⌋) / w⌋ for |k| ≤ K. */
    static long[] bruteForce(TagList tags, CorrelationSpec spec) {
        long w = spec.binWidthPs();
        int half = spec.halfBins();
        long[] counts = new long[spec.bins()];
        for (int i = 0; i < tags.size(); i++) {
            if (tags.channel(i) != spec.channelA()) {
                continue;
            }
            for (int j = 0; j < tags.size(); j++) {
                if (j == i || tags.channel(j) != spec.channelB()) {
                    continue;
                }
                long tau = tags.time(j) - tags.time(i) - spec.offsetPs();
                long k = Math.floorDiv(tau + w / 2, w);
                if (Math.abs(k) <= half) {
                    counts[(int) (k + half)]++;
                }
            }
        }
        return counts;
    }

    static TagList randomStream(long seed, int n, int channels, int maxGap) {
        SplittableRandom random = new SplittableRandom(seed);
        TagList tags = new TagList(TimeBase.t2(1));
        long t = random.nextLong(-1_000_000, 1_000_000);
        for (int i = 0; i < n; i++) {
            // a third of the gaps are zero or tiny, so ties and pile-ups within one bin are common
            int kind = random.nextInt(3);
            t += kind == 0 ? random.nextInt(3) : kind == 1 ? random.nextInt(maxGap / 10 + 1) : random.nextInt(maxGap + 1);
            short channel = (short) random.nextInt(channels + 1);
            // channel == channels stands for a sync or marker tag, which the correlator must ignore
            tags.add(t, channel == channels ? (random.nextBoolean() ? TagBlock.SYNC : TagBlock.marker(3)) : channel);
        }
        return tags;
    }

    @Property(tries = 400)
    void streaming_histogram_equals_the_brute_force_one_however_the_stream_is_split(
            @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 400) int n,
            @ForAll @IntRange(min = 1, max = 3) int channels,
            @ForAll @IntRange(min = 1, max = 5000) int maxGap,
            @ForAll @IntRange(min = 1, max = 700) int binWidth,
            @ForAll @IntRange(min = 0, max = 4000) int range,
            @ForAll @LongRange(min = -3000, max = 3000) long offset,
            @ForAll @IntRange(min = 0, max = 2) int a,
            @ForAll @IntRange(min = 0, max = 2) int b,
            @ForAll @IntRange(min = 1, max = 60) int maxBlock) {
        // given a random stream and a random split into blocks
        TagList tags = randomStream(seed, n, channels, maxGap);
        CorrelationSpec spec = new CorrelationSpec(a, b, binWidth, range, offset);
        SplittableRandom split = new SplittableRandom(seed ^ 0x5DEECE66DL);
        // when
        CorrelationHistogram streamed = CrossCorrelator.correlate(tags.source(() -> 1 + split.nextInt(maxBlock)), spec);
        CorrelationHistogram whole = CrossCorrelator.correlate(tags.source(), spec);
        // then
        assertThat(streamed.counts()).containsExactly(bruteForce(tags, spec));
        assertThat(streamed).isEqualTo(whole);
    }

    @Test
    void bins_are_centred_on_multiples_of_the_bin_width() {
        // given one A tag at 1000 ps and B tags at delays -150, -149, -50, -49, 0, 49, 50, 149, 150 ps
        TagList tags = new TagList(TimeBase.t2(1));
        long[] delays = {-150, -149, -50, -49, 0, 49, 50, 149, 150};
        tags.add(1000 - 150, (short) 1);
        tags.add(1000 - 149, (short) 1);
        tags.add(1000 - 50, (short) 1);
        tags.add(1000 - 49, (short) 1);
        tags.add(1000, (short) 0);
        for (int i = 4; i < delays.length; i++) {
            tags.add(1000 + delays[i], (short) 1);
        }
        // when bins of 100 ps up to ±100 ps: [-150,-50) [-50,50) [50,150)
        CorrelationHistogram h = CrossCorrelator.correlate(tags.source(), new CorrelationSpec(0, 1, 100, 100, 0));
        // then
        assertThat(h.delaysPs()).containsExactly(-100, 0, 100);
        assertThat(h.counts()).containsExactly(2, 4, 2);
    }

    @Test
    void pairs_exactly_on_bin_edges_land_in_the_right_bin_for_awkward_bin_widths() {
        // 49·(1/49) < 1 in floating point, so a bin index from the reciprocal alone would be one too low
        for (long w : new long[] {1, 2, 7, 16, 49, 98, 100, 103, 161, 999}) {
            // given one A tag and B tags at every bin's lower edge and one picosecond below it, both sides of zero
            long zero = 1_000_000;
            java.util.List<long[]> tags = new java.util.ArrayList<>();
            tags.add(new long[] {zero, 0});
            for (long k = -40; k <= 41; k++) {
                long edge = k * w - w / 2;
                tags.add(new long[] {zero + edge, 1});
                tags.add(new long[] {zero + edge - 1, 1});
            }
            tags.sort(java.util.Comparator.comparingLong(tag -> tag[0]));
            TagList stream = new TagList(TimeBase.t2(1));
            tags.forEach(tag -> stream.add(tag[0], (short) tag[1]));
            // when
            CorrelationHistogram h = CrossCorrelator.correlate(stream.source(), new CorrelationSpec(0, 1, w, 40 * w, 0));
            // then every bin holds its lower edge and the tag just below the next bin's lower edge
            long[] two = new long[81];
            java.util.Arrays.fill(two, 2);
            assertThat(h.counts()).as("w = %d", w).containsExactly(two);
        }
    }

    @Test
    void a_positive_offset_moves_a_delayed_channel_b_back_to_zero() {
        TagList tags = new TagList(TimeBase.t2(1));
        tags.add(0, (short) 0);
        tags.add(5000, (short) 1);
        CorrelationHistogram h = CrossCorrelator.correlate(tags.source(), new CorrelationSpec(0, 1, 100, 1000, 5000));
        assertThat(h.count(h.spec().halfBins())).isEqualTo(1);
        assertThat(h.total()).isEqualTo(1);
    }

    @Test
    void g2_is_normalised_by_na_nb_w_over_t() {
        // given 2 A tags and 2 B tags over T = 1000 ps, one pair at τ = 0
        TagList tags = new TagList(TimeBase.t2(1));
        tags.add(0, (short) 0);
        tags.add(0, (short) 1);
        tags.add(600, (short) 0);
        tags.add(1000, (short) 1);
        // when
        CorrelationHistogram h = CrossCorrelator.correlate(tags.source(), new CorrelationSpec(0, 1, 10, 20, 0));
        // then g² = counts / (2·2·10/1000) = counts · 25
        assertThat(h.durationPs()).isEqualTo(1000);
        assertThat(h.normalised()[2]).isEqualTo(25.0);
        assertThat(h.normalised()[0]).isZero();
    }

    @Test
    void an_empty_channel_gives_nan_not_a_division_by_zero() {
        TagList tags = new TagList(TimeBase.t2(1));
        tags.add(0, (short) 0);
        CorrelationHistogram h = CrossCorrelator.correlate(tags.source(), new CorrelationSpec(0, 1, 10, 20, 0));
        assertThat(java.util.Arrays.stream(h.normalised()).allMatch(Double::isNaN)).isTrue();
    }

    @Test
    void a_stream_going_back_in_time_is_refused() {
        TagList tags = new TagList(TimeBase.t2(1));
        tags.add(100, (short) 0);
        tags.add(50, (short) 1);
        assertThatThrownBy(() -> CrossCorrelator.correlate(tags.source(), new CorrelationSpec(0, 1, 10, 20, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not in time order")
                .hasMessageContaining("tag 1");
    }

    @Test
    void specs_with_unusable_values_are_refused_with_the_value_named() {
        assertThatThrownBy(() -> new CorrelationSpec(0, 1, 0, 100, 0)).hasMessageContaining("bin width must be at least 1 ps, got 0");
        assertThatThrownBy(() -> new CorrelationSpec(0, 1, 1, -1, 0)).hasMessageContaining("range must not be negative");
        assertThatThrownBy(() -> new CorrelationSpec(-1, 1, 1, 1, 0)).hasMessageContaining("channelA");
        assertThatThrownBy(() -> new CorrelationSpec(0, 1, 1, 1L << 40, 0)).hasMessageContaining("bins");
    }
}
