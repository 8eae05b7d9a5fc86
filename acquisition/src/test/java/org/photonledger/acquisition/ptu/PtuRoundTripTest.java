package org.photonledger.acquisition.ptu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.acquisition.timetag.TagList;
import org.photonledger.acquisition.timetag.TagMode;
import org.photonledger.acquisition.timetag.TagStatistics;
import org.photonledger.acquisition.timetag.TimeBase;

class PtuRoundTripTest {

    @TempDir
    Path dir;

    /** Typical resolutions of each instrument family. */
    static TimeBase timeBaseOf(PtuRecordType type) {
        if (type.mode() == TagMode.T3) {
            double dtimeUnit = switch (type.layout()) {
                case PICOHARP_T3 -> 4;
                default -> type == PtuRecordType.TIMEHARP260N_T3 ? 250 : 16;
            };
            return TimeBase.t3(12_495.520355952392, dtimeUnit);
        }
        return TimeBase.t2(switch (type) {
            case PICOHARP_T2 -> 4;
            case MULTIHARP_T2 -> 5;
            case TIMEHARP260P_T2 -> 25;
            case TIMEHARP260N_T2 -> 250;
            default -> 1;
        });
    }

    /** Random tags valid for the record type, with gaps of up to several overflow periods and one very long gap. */
    static TagList randomTags(PtuRecordType type, long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        TimeBase base = timeBaseOf(type);
        TagList tags = new TagList(base);
        long unit = 0;
        for (int i = 0; i < n; i++) {
            long gap = i == n / 2 ? type.overflowPeriod() * (type.overflowCounts() ? 40_000_000L : 3000L)
                    : random.nextInt(20) == 0 ? type.overflowPeriod() * (1 + random.nextInt(5))
                    : random.nextLong(type.overflowPeriod() / 50 + 2);
            unit += gap;
            short channel;
            int kind = random.nextInt(10);
            if (kind == 0) {
                channel = TagBlock.marker(1 + random.nextInt(type.maxMarkerBits()));
            } else if (kind == 1 && type.hasSyncTags()) {
                channel = TagBlock.SYNC;
            } else {
                int max = Math.min(type.maxChannel(), 7);
                channel = (short) (random.nextInt(20) == 0 ? type.maxChannel()
                        : type.minChannel() + random.nextInt(max - type.minChannel() + 1));
            }
            if (type.mode() == TagMode.T3) {
                int dtime = channel >= 0 ? random.nextInt(type.maxDtime() + 1) : 0;
                tags.addT3(channel, unit, dtime);
            } else {
                if (type == PtuRecordType.PICOHARP_T2 && channel < 0) {
                    // PicoHarp T2 markers carry their bits in the low 4 time bits
                    long bits = TagBlock.markerBits(channel);
                    long withBits = (unit & ~0xFL) | bits;
                    unit = withBits < unit ? withBits + 16 : withBits;
                }
                tags.add(base.t2TimePs(unit), channel);
            }
        }
        return tags;
    }

    @ParameterizedTest
    @EnumSource(PtuRecordType.class)
    void every_record_type_round_trips_with_overflows_markers_and_syncs(PtuRecordType type) throws IOException {
        for (long seed = 1; seed <= 3; seed++) {
            // given
            TagList tags = randomTags(type, seed * 31 + type.ordinal(), 5000);
            Path file = dir.resolve(type.label() + "-" + seed + ".ptu");
            // when written and read back in blocks of odd sizes
            long records = PtuWriter.write(file, type, tags.source(() -> 777), List.of());
            TagList back;
            try (PtuReader reader = PtuReader.open(file)) {
                assertThat(reader.recordType()).isEqualTo(type);
                assertThat(reader.timeBase()).isEqualTo(tags.timeBase());
                assertThat(reader.records()).isEqualTo(records);
                back = TagList.of(reader);
                // then overflow records were needed and the header counts every record
                assertThat(reader.overflowRecords()).isPositive();
                assertThat(reader.recordsRead()).isEqualTo(records).isEqualTo(tags.size() + reader.overflowRecords());
            }
            assertThat(back.sameTagsAs(tags)).as(type + " seed " + seed).isTrue();
            assertThat(Files.size(file)).isEqualTo(PtuReader.readHeader(file).dataOffset() + 4 * records);
        }
    }

    @ParameterizedTest
    @EnumSource(PtuRecordType.class)
    void counted_overflows_keep_files_small_across_long_gaps(PtuRecordType type) throws IOException {
        // given two photons a very long time apart
        TagList tags = new TagList(timeBaseOf(type));
        long gap = type.overflowPeriod() * 5000 + 17;
        short channel = (short) type.minChannel();
        if (type.mode() == TagMode.T3) {
            tags.addT3(channel, 3, 1);
            tags.addT3(channel, 3 + gap, 2);
        } else {
            tags.add(tags.timeBase().t2TimePs(3), channel);
            tags.add(tags.timeBase().t2TimePs(3 + gap), channel);
        }
        Path file = dir.resolve("gap.ptu");
        // when
        long records = PtuWriter.write(file, type, tags.source(), List.of());
        // then one overflow record per period only where the format cannot count them (T3 counts up to 1023)
        long overflowRecords = !type.overflowCounts() ? 5000 : type.mode() == TagMode.T2 ? 1 : 5;
        assertThat(records).isEqualTo(2 + overflowRecords);
        try (PtuReader reader = PtuReader.open(file)) {
            assertThat(TagList.of(reader).sameTagsAs(tags)).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(value = PtuRecordType.class, names = {"HYDRAHARP_V2_T2", "PICOHARP_T3"})
    void every_header_tag_type_round_trips(PtuRecordType type) {
        // given one tag of every type
        List<PtuTag> extras = List.of(
                PtuTag.of("Fast_Load_End", new PtuValue.Empty()),
                PtuTag.of("MeasDesc_StopOnOvfl", new PtuValue.Bool8(true)),
                new PtuTag("HWInpChan_Enabled", 3, new PtuValue.Bool8(false)),
                PtuTag.of("MeasDesc_AcquisitionTime", new PtuValue.Int8(-5000)),
                PtuTag.of("HW_Features", new PtuValue.BitSet64(0x8000_0000_0000_0001L)),
                PtuTag.of("CurSWSetting_Color", new PtuValue.Color8(0xFF00001EL)),
                PtuTag.of("HWSync_Offset_ns", new PtuValue.Float8(-1.25e-9)),
                PtuTag.of("File_CreatingTime", new PtuValue.DateTime(43880.38580708232)),
                PtuTag.of("ChanHistHdr_Offsets", new PtuValue.Float8Array(new double[] {1.5, -2, 1e300})),
                PtuTag.of("File_Comment", new PtuValue.AnsiString("T3 mode, 80 MHz, 25 µW, café")),
                PtuTag.of("UsrHeadName", new PtuValue.WideString("Quantum dot 7 ✓ 量子")),
                PtuTag.of("ImgHdr_Blob", new PtuValue.BinaryBlob(new byte[] {1, 2, 3, 4, 5, 6, 7, (byte) 0xFF})));
        Path file = dir.resolve("tags.ptu");
        TagList none = new TagList(timeBaseOf(type));
        // when
        PtuWriter.write(file, type, none.source(), extras);
        PtuHeader header = PtuReader.readHeader(file);
        // then
        assertThat(header.version()).isEqualTo("1.0.00");
        assertThat(header.tags()).containsAll(extras.subList(1, extras.size()));
        assertThat(header.find("Fast_Load_End")).map(PtuTag::value).contains(new PtuValue.Empty());
        assertThat(header.find("HWInpChan_Enabled", 3)).map(PtuTag::qualifiedName).contains("HWInpChan_Enabled(3)");
        assertThat(((PtuValue.DateTime) header.find("File_CreatingTime").orElseThrow().value()).instant())
                .hasToString("2020-02-19T09:15:33.732Z");
        assertThat(header.find(PtuHeader.NUMBER_OF_RECORDS).map(PtuTag::value)).contains(new PtuValue.Int8(0));
        assertThat(header.tags().getLast().name()).isEqualTo(PtuHeader.HEADER_END);
        assertThat(header.dataOffset() % 8).isZero();
    }

    @ParameterizedTest
    @EnumSource(PtuRecordType.class)
    void tags_a_record_type_cannot_hold_are_refused_before_anything_is_written(PtuRecordType type) {
        TagList tags = new TagList(timeBaseOf(type));
        if (type.mode() == TagMode.T3) {
            tags.addT3((short) (type.maxChannel() + 1), 1, 0);
        } else {
            tags.add(0, (short) (type.maxChannel() + 1));
        }
        Path file = dir.resolve("bad.ptu");
        assertThatThrownBy(() -> PtuWriter.write(file, type, tags.source(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot write tag 0")
                .hasMessageContaining("photon channels " + type.minChannel() + ".." + type.maxChannel());
        assertThat(file).doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @EnumSource(value = PtuRecordType.class, names = {"PICOHARP_T2", "PICOHARP_T3", "HYDRAHARP_V2_T3"})
    void sync_tags_are_refused_where_the_format_has_none(PtuRecordType type) {
        TagList tags = new TagList(timeBaseOf(type));
        tags.add(0, TagBlock.SYNC);
        assertThatThrownBy(() -> PtuWriter.write(dir.resolve("s.ptu"), type, tags.source(), List.of()))
                .hasMessageContaining("sync");
    }

    @ParameterizedTest
    @EnumSource(value = PtuRecordType.class, names = {"HYDRAHARP_V2_T2", "MULTIHARP_T3"})
    void a_large_file_is_streamed_with_correct_counts(PtuRecordType type) throws IOException {
        // given more tags than fit the reader's buffer many times over
        TagList tags = randomTags(type, 99, 400_000);
        Path file = dir.resolve("large.ptu");
        PtuWriter.write(file, type, tags.source(), List.of());
        // when
        TagStatistics statistics;
        try (PtuReader reader = PtuReader.open(file)) {
            statistics = TagStatistics.of(reader);
        }
        // then
        assertThat(statistics.tags()).isEqualTo(tags.size());
        assertThat(statistics.lastTimePs()).isEqualTo(tags.time(tags.size() - 1));
    }
}
