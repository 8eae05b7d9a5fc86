package org.photonledger.acquisition.ptu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.acquisition.timetag.TagList;
import org.photonledger.acquisition.timetag.TagMode;

/** Files written byte by byte from the bit layouts in PicoQuant's demos, with the tags worked out by hand. */
class PtuHandBuiltTest {

    @TempDir
    Path dir;

    TagList read(byte[] bytes) throws IOException {
        Path file = dir.resolve("hand.ptu");
        Files.write(file, bytes);
        try (PtuReader reader = PtuReader.open(file)) {
            return TagList.of(reader);
        }
    }

    static void assertTag(TagList tags, int i, long timePs, short channel) {
        assertThat(tags.time(i)).as("time of tag %d", i).isEqualTo(timePs);
        assertThat(tags.channel(i)).as("channel of tag %d", i).isEqualTo(channel);
    }

    @Test
    void hydraharp_v2_t2_with_counted_overflows_syncs_and_markers() throws IOException {
        int[] records = {
                (0 << 25) | 100,                  // input 1 (channel 0) at 100 ticks
                0xFE000000 | 3,                   // 3 overflows of 2^25
                (1 << 25) | 50,                   // channel 1
                0x80000000 | 20,                  // sync
                0x80000000 | (5 << 25) | 30,      // markers 1 and 3 (bits 0b0101)
                0xFE000000,                       // old-style overflow: count 0 means one
                (2 << 25) | 7};
        TagList tags = read(PtuBytes.header(0x01010204, 1e-12, 1.6e-11, records.length).records(records).toByteArray());
        long p = 1L << 25;
        assertThat(tags.size()).isEqualTo(5);
        assertTag(tags, 0, 100, (short) 0);
        assertTag(tags, 1, 3 * p + 50, (short) 1);
        assertTag(tags, 2, 3 * p + 20, TagBlock.SYNC);
        assertTag(tags, 3, 3 * p + 30, TagBlock.marker(5));
        assertTag(tags, 4, 4 * p + 7, (short) 2);
        assertThat(TagBlock.markerBits(tags.channel(3))).isEqualTo(0b0101);
    }

    @Test
    void hydraharp_v1_t2_overflows_are_always_one_period_of_33552000() throws IOException {
        int[] records = {0xFE000000 | 3, (4 << 25) | 9};
        TagList tags = read(PtuBytes.header(0x00010204, 1e-12, 1e-12, records.length).records(records).toByteArray());
        assertTag(tags, 0, 33_552_000L + 9, (short) 4);
    }

    @Test
    void multiharp_t2_in_5_ps_ticks() throws IOException {
        int[] records = {(63 << 25) | 1, 0xFE000000 | 2, 0x80000000 | (15 << 25) | 1};
        TagList tags = read(PtuBytes.header(0x00010207, 5e-12, 5e-12, records.length).records(records).toByteArray());
        assertTag(tags, 0, 5, (short) 63);
        assertTag(tags, 1, 5 * (2 * (1L << 25) + 1), TagBlock.marker(15));
    }

    @Test
    void timeharp_260n_t2_250_ps_ticks_arrive_as_250_000000000000003_ps_and_are_snapped() throws IOException {
        int[] records = {(1 << 25) | 4};
        TagList tags = read(PtuBytes.header(0x00010205, 2.5e-10, 2.5e-10, 1).records(records).toByteArray());
        assertThat(tags.timeBase().globalResolutionPs()).isEqualTo(250.0);
        assertTag(tags, 0, 1000, (short) 1);
    }

    @Test
    void hydraharp_t3_overflow_counts_differ_between_v1_and_v2() throws IOException {
        // sync period 10 ns, dtime unit 16 ps
        int[] records = {
                0xFE000000 | 5,                          // V2: 5 × 1024 syncs; V1: 1 × 1024
                (1 << 25) | (100 << 10) | 7,             // channel 1, dtime 100, nsync 7
                0x80000000 | (2 << 25) | 9};             // marker bit 2 at nsync 9
        TagList v2 = read(PtuBytes.header(0x01010304, 1e-8, 1.6e-11, 3).records(records).toByteArray());
        assertTag(v2, 0, (5 * 1024 + 7) * 10_000L + 1600, (short) 1);
        assertThat(v2.sync(0)).isEqualTo(5 * 1024 + 7);
        assertThat(v2.dtime(0)).isEqualTo(100);
        assertTag(v2, 1, (5 * 1024 + 9) * 10_000L, TagBlock.marker(2));
        TagList v1 = read(PtuBytes.header(0x00010304, 1e-8, 1.6e-11, 3).records(records).toByteArray());
        assertTag(v1, 0, (1024 + 7) * 10_000L + 1600, (short) 1);
        assertThat(v1.timeBase().mode()).isEqualTo(TagMode.T3);
    }

    @Test
    void t3_times_use_the_exact_non_integer_sync_period() throws IOException {
        // 80.03 MHz: 12495.520355952392 ps; about 1e9 syncs in, the fraction adds up to 5e8 ps
        int[] records = new int[1000];
        java.util.Arrays.fill(records, 0xFE000000 | 1023);
        records[records.length - 1] = (0 << 25) | (3 << 10) | 1;
        long sync = (records.length - 1) * 1023L * 1024 + 1;
        TagList tags = read(PtuBytes.header(0x01010304, 1.2495520355952392e-08, 1.6e-11, records.length)
                .records(records).toByteArray());
        assertThat(tags.sync(0)).isEqualTo(sync);
        double exact = sync * 12_495.520355952392;
        assertThat(tags.time(0) - 48).isCloseTo(Math.round(exact), org.assertj.core.data.Offset.offset(1L));
        assertThat(tags.time(0)).isEqualTo(sync * 12_495 + Math.round(sync * 0.520355952392) + 48);
    }

    @Test
    void picoharp_t2_markers_keep_their_bits_in_the_low_time_bits() throws IOException {
        int[] records = {
                (0 << 28) | 1000,                         // channel 0 (sync input) at 1000 ticks of 4 ps
                0xF0000000,                               // overflow: 210 698 240 ticks
                0xF0000000 | (2000 & ~0xF) | 0b0011,       // markers 1 and 2
                (3 << 28) | 5};
        TagList tags = read(PtuBytes.header(0x00010203, 4e-12, 4e-12, records.length).records(records).toByteArray());
        assertTag(tags, 0, 4000, (short) 0);
        assertTag(tags, 1, 4 * (210_698_240L + (2000 & ~0xF | 0b0011)), TagBlock.marker(0b0011));
        assertTag(tags, 2, 4 * (210_698_240L + 5), (short) 3);
    }

    @Test
    void picoharp_t3_with_router_channels_overflows_and_a_12_bit_marker_field() throws IOException {
        int[] records = {
                (2 << 28) | (100 << 16) | 7,              // router channel 2, dtime 100 (4 ps), nsync 7
                0xF0000000,                               // overflow: 65 536 syncs
                0xF0000000 | (0b101 << 16) | 3,           // markers 1 and 3 at nsync 3
                (4 << 28) | (4095 << 16) | 65535};
        TagList tags = read(PtuBytes.header(0x00010303, 1e-8, 4e-12, records.length).records(records).toByteArray());
        assertTag(tags, 0, 7 * 10_000L + 400, (short) 2);
        assertTag(tags, 1, (65_536L + 3) * 10_000L, TagBlock.marker(0b101));
        assertTag(tags, 2, (65_536L + 65_535) * 10_000L + 4095 * 4, (short) 4);
        assertThat(tags.sync(2)).isEqualTo(65_536L + 65_535);
        assertThat(tags.dtime(2)).isEqualTo(4095);
    }

    @Test
    void header_strings_and_unknown_tags_are_kept() throws IOException {
        byte[] bytes = new PtuBytes().stringTag("File_Comment", "hand built")
                .tag("Some_Future_Tag", 2, 0x10000008, 42)
                .tag("TTResultFormat_TTTRRecType", -1, 0x10000008, 0x01010204)
                .tag("MeasDesc_GlobalResolution", -1, 0x20000008, Double.doubleToLongBits(1e-12))
                .tag("TTResult_NumberOfRecords", -1, 0x10000008, 0)
                .tag("Header_End", -1, 0xFFFF0008, 0).toByteArray();
        PtuHeader header = PtuReader.readHeader(write(bytes));
        assertThat(header.find("File_Comment").orElseThrow().value()).isEqualTo(new PtuValue.AnsiString("hand built"));
        assertThat(header.find("Some_Future_Tag", 2).orElseThrow().value()).isEqualTo(new PtuValue.Int8(42));
        assertThat(header.dataOffset()).isEqualTo(bytes.length);
    }

    private Path write(byte[] bytes) throws IOException {
        Path file = dir.resolve("header.ptu");
        Files.write(file, bytes);
        return file;
    }
}
