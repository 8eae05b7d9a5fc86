package org.photonledger.acquisition.ptu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.acquisition.timetag.TagStatistics;

/** Files that are not PTU, are cut short or are corrupted are refused with the problem and its byte offset. */
class PtuCorruptionTest {

    @TempDir
    Path dir;

    Path write(byte[] bytes) throws IOException {
        Path file = dir.resolve("bad.ptu");
        Files.write(file, bytes);
        return file;
    }

    /** Reads a file to its end, as the correlate command does. */
    static long readAll(Path file) {
        try (PtuReader reader = PtuReader.open(file)) {
            return TagStatistics.of(reader).tags();
        }
    }

    PtuFormatException refused(byte[] bytes) throws IOException {
        Path file = write(bytes);
        try {
            readAll(file);
        } catch (PtuFormatException e) {
            return e;
        }
        throw new AssertionError("file of " + bytes.length + " bytes was accepted");
    }

    static byte[] validT3(int photons) {
        int[] records = new int[photons];
        for (int i = 0; i < photons; i++) {
            records[i] = i % 50 == 49 ? 0xFE000000 | 1 : ((i % 2) << 25) | ((i * 37 % 700) << 10) | (i * 13 % 1024);
        }
        return new PtuBytes().stringTag("File_Comment", "fuzz me")
                .formatTags(0x01010304, 1.2495520355952392e-08, 1.6e-11, records.length)
                .records(records).toByteArray();
    }

    @Test
    void a_file_that_is_not_ptu_says_what_it_starts_with() throws IOException {
        assertThat(refused("hello world, this is text".getBytes()).getMessage())
                .contains("not a PTU file").contains("\"hello wo\"").contains("at byte 0");
        assertThat(refused(new byte[5]).getMessage()).contains("5 bytes long");
        byte[] phu = new PtuBytes().toByteArray();
        System.arraycopy(PtuBytes.pad("PQHISTO", 8), 0, phu, 0, 8);
        assertThat(refused(phu).getMessage()).contains("histogram file");
    }

    @Test
    void header_problems_name_the_tag_and_its_byte() throws IOException {
        assertThat(refused(new PtuBytes().tag("File_Comment", -1, 0x12345678, 0).toByteArray()).getMessage())
                .contains("'File_Comment' at byte 16 has the unknown type code 0x12345678");
        assertThat(refused(new PtuBytes().tag("File_Comment", -1, 0x4001FFFF, 1000).toByteArray()).getMessage())
                .contains("declares a 1000-byte").contains("only 0 bytes follow");
        assertThat(refused(new PtuBytes().tag("File_Comment", -1, 0x4001FFFF, -8).toByteArray()).getMessage())
                .contains("declares a -8-byte");
        assertThat(refused(new PtuBytes().tag("Arr", -1, 0x2001FFFF, 4).bytes(new byte[4]).toByteArray()).getMessage())
                .contains("not a whole number of doubles");
        assertThat(refused(new PtuBytes().tag("X", -7, 0x10000008, 0).toByteArray()).getMessage())
                .contains("has index -7");
        assertThat(refused(new PtuBytes().tag("File_Comment", -1, 0x10000008, 0).toByteArray()).getMessage())
                .contains("inside the header").contains("Header_End");
        assertThat(refused(new PtuBytes().bytes(new byte[48]).toByteArray()).getMessage())
                .contains("header tag at byte 16 has the identifier");
        byte[] unterminated = new PtuBytes().bytes(PtuBytes.pad("X".repeat(32), 32)).bytes(new byte[16]).toByteArray();
        assertThat(refused(unterminated).getMessage()).contains("without a terminating zero byte");
    }

    @Test
    void missing_or_invalid_format_tags_are_named() throws IOException {
        byte[] noType = new PtuBytes().tag("TTResult_NumberOfRecords", -1, 0x10000008, 0)
                .tag("Header_End", -1, 0xFFFF0008, 0).toByteArray();
        assertThat(refused(noType).getMessage()).contains("no TTResultFormat_TTTRRecType tag");
        assertThat(refused(PtuBytes.header(0x00010308, 1e-12, 1e-12, 0).toByteArray()).getMessage())
                .contains("record type 0x00010308").contains("not supported").contains("HydraHarp2T3");
        assertThat(refused(PtuBytes.header(0x01010304, -1, 1e-12, 0).toByteArray()).getMessage())
                .contains("MeasDesc_GlobalResolution").contains("not a usable time resolution");
        assertThat(refused(PtuBytes.header(0x01010304, 1e-8, Double.NaN, 0).toByteArray()).getMessage())
                .contains("MeasDesc_Resolution");
        byte[] bits64 = new PtuBytes().tag("TTResultFormat_TTTRRecType", -1, 0x10000008, 0x01010204)
                .tag("TTResultFormat_BitsPerRecord", -1, 0x10000008, 64)
                .tag("Header_End", -1, 0xFFFF0008, 0).toByteArray();
        assertThat(refused(bits64).getMessage()).contains("TTResultFormat_BitsPerRecord").contains("32 bits");
        byte[] noCount = new PtuBytes().tag("TTResultFormat_TTTRRecType", -1, 0x10000008, 0x01010204)
                .tag("Header_End", -1, 0xFFFF0008, 0).toByteArray();
        assertThat(refused(noCount).getMessage()).contains("no TTResult_NumberOfRecords");
        byte[] t3NoResolution = new PtuBytes().tag("TTResultFormat_TTTRRecType", -1, 0x10000008, 0x01010304)
                .tag("MeasDesc_GlobalResolution", -1, 0x20000008, Double.doubleToLongBits(1e-8))
                .tag("TTResult_NumberOfRecords", -1, 0x10000008, 0)
                .tag("Header_End", -1, 0xFFFF0008, 0).toByteArray();
        assertThat(refused(t3NoResolution).getMessage()).contains("no MeasDesc_Resolution tag");
        byte[] stringType = new PtuBytes().stringTag("TTResultFormat_TTTRRecType", "HydraHarp")
                .tag("Header_End", -1, 0xFFFF0008, 0).toByteArray();
        assertThat(refused(stringType).getMessage()).contains("has type ANSI_STRING, not INT8");
    }

    @Test
    void a_record_count_that_does_not_match_the_file_size_is_refused() throws IOException {
        byte[] header = PtuBytes.header(0x01010204, 1e-12, 1e-12, 10).toByteArray();
        PtuFormatException shortFile = refused(PtuBytes.startingWith(header).records(1, 2, 3).bytes(new byte[2]).toByteArray());
        assertThat(shortFile.getMessage()).contains("truncated").contains("announces 10 records")
                .contains("after 3 whole records");
        assertThat(shortFile.byteOffset()).isEqualTo(header.length + 14);
        PtuFormatException longFile = refused(PtuBytes.startingWith(header).records(new int[11]).toByteArray());
        assertThat(longFile.getMessage()).contains("4 bytes after the last of the 10 records");
        assertThat(longFile.byteOffset()).isEqualTo(header.length + 40);
    }

    @Test
    void records_with_undefined_codes_are_refused_with_their_index_and_byte() throws IOException {
        byte[] header = PtuBytes.header(0x01010204, 1e-12, 1e-12, 3).toByteArray();
        PtuFormatException e = refused(PtuBytes.startingWith(header).records(5, 0x80000000 | (20 << 25) | 1, 6).toByteArray());
        assertThat(e.getMessage()).contains("record 1 at byte " + (header.length + 4)).contains("channel code 20");
        assertThat(e.byteOffset()).isEqualTo(header.length + 4);
        byte[] pht3 = PtuBytes.header(0x00010303, 1e-8, 4e-12, 1).records(0x00000005).toByteArray();
        assertThat(refused(pht3).getMessage()).contains("channel 0, but PicoHarp T3 records hold channels 1..4");
        byte[] pht2 = PtuBytes.header(0x00010203, 4e-12, 4e-12, 1).records(7 << 28).toByteArray();
        assertThat(refused(pht2).getMessage()).contains("channel 7, but PicoHarp T2 records hold channels 0..4");
        byte[] hht3 = PtuBytes.header(0x01010304, 1e-8, 1.6e-11, 1).records(0x80000000).toByteArray();
        assertThat(refused(hht3).getMessage()).contains("channel code 0");
    }

    @Test
    void a_missing_file_is_an_io_error_naming_it() {
        assertThatThrownBy(() -> PtuReader.open(dir.resolve("nope.ptu")))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("no such file").hasMessageContaining("nope.ptu");
    }

    @Test
    void every_truncation_of_a_valid_file_is_refused_cleanly() throws IOException {
        byte[] valid = validT3(40);
        assertThat(readAll(write(valid))).isEqualTo(40 - 40 / 50);
        for (int length = 0; length < valid.length; length++) {
            PtuFormatException e = refused(Arrays.copyOf(valid, length));
            assertThat(e.getMessage()).as("cut at %d", length).contains("byte");
            assertThat(e.byteOffset()).as("cut at %d", length).isBetween(0L, (long) valid.length);
        }
    }

    @Test
    void fuzzed_files_are_either_read_or_refused_with_a_format_error_never_anything_else() throws IOException {
        // given a fixed seed, so a failure reproduces
        SplittableRandom random = new SplittableRandom(20261125L);
        byte[] valid = validT3(3000);
        int cases = 3000;
        int refused = 0;
        int read = 0;
        for (int c = 0; c < cases; c++) {
            byte[] bytes = mutate(valid, random);
            Path file = write(bytes);
            // when
            try {
                readAll(file);
                read++;
            } catch (PtuFormatException e) {
                // then the message names a byte inside (or just past) the file
                refused++;
                assertThat(e.getMessage()).as("case %d", c).contains("byte");
                assertThat(e.byteOffset()).as("case %d: %s", c, e.getMessage()).isBetween(0L, (long) bytes.length);
            } catch (RuntimeException e) {
                throw new AssertionError("fuzz case " + c + " threw " + e, e);
            }
        }
        System.out.printf("PTU fuzz: %d cases (seed 20261125): %d refused with a format error, %d read%n",
                cases, refused, read);
        assertThat(refused + read).isEqualTo(cases);
        assertThat(refused).isGreaterThan(cases / 4);
        assertThat(read).isPositive();
    }

    private static byte[] mutate(byte[] valid, SplittableRandom random) {
        byte[] bytes = valid.clone();
        switch (random.nextInt(5)) {
            case 0 -> {
                // flip a few bytes anywhere
                for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
            }
            case 1 -> {
                // flip bytes in the header only, where structure lives
                int headerEnd = 16 + 7 * 48 + 8;  // preamble, 7 tags, the comment's 8 bytes
                for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                    bytes[random.nextInt(headerEnd)] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 2 -> bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length));
            case 3 -> {
                // insert or delete a few bytes, shifting everything after them
                int at = random.nextInt(bytes.length);
                int n = 1 + random.nextInt(7);
                byte[] shifted = new byte[random.nextBoolean() ? bytes.length + n : bytes.length - n];
                if (shifted.length > bytes.length) {
                    System.arraycopy(bytes, 0, shifted, 0, at);
                    System.arraycopy(bytes, at, shifted, at + n, bytes.length - at);
                } else {
                    int keep = Math.min(at, shifted.length);
                    System.arraycopy(bytes, 0, shifted, 0, keep);
                    System.arraycopy(bytes, Math.min(bytes.length, keep + n), shifted, keep, shifted.length - keep);
                }
                bytes = shifted;
            }
            default -> {
                // random words in the record area: special records with random channel codes
                int recordsStart = bytes.length - 3000 * 4;
                for (int i = 0, n = 1 + random.nextInt(20); i < n; i++) {
                    int at = recordsStart + 4 * random.nextInt(3000);
                    int word = random.nextInt();
                    bytes[at] = (byte) word;
                    bytes[at + 1] = (byte) (word >>> 8);
                    bytes[at + 2] = (byte) (word >>> 16);
                    bytes[at + 3] = (byte) (word >>> 24);
                }
            }
        }
        return bytes;
    }

    @Test
    void an_error_in_a_later_record_comes_after_the_blocks_before_it_were_delivered() throws IOException {
        byte[] header = PtuBytes.header(0x01010204, 1e-12, 1e-12, 3).toByteArray();
        Path file = write(PtuBytes.startingWith(header).records(5, 6, 0x80000000 | (40 << 25)).toByteArray());
        try (PtuReader reader = PtuReader.open(file)) {
            TagBlock block = new TagBlock(2);
            assertThat(reader.next(block)).isTrue();
            assertThat(block.size()).isEqualTo(2);
            assertThatThrownBy(() -> reader.next(block)).isInstanceOf(PtuFormatException.class)
                    .hasMessageContaining("record 2");
        }
    }
}
