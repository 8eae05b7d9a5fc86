package org.photonledger.acquisition.ptu;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.photonledger.acquisition.timetag.TagList;

/**
 * Seeded mutations of valid PTU files for fuzz tests: truncations, byte and bit flips, corrupt header values
 * (type codes, payload lengths, record counts, resolutions, record types, indices), zeroed regions, random or
 * overflow records, inserted or deleted bytes, dropped or repeated tags and trailing garbage.
 */
public final class PtuMutator {

    /** Header tags: 32-byte identifier, index, type code, value. */
    static final int TAG_BYTES = 48;

    private PtuMutator() {
    }

    /** What was done to a valid file. */
    public enum Mutation {
        TRUNCATE_ANYWHERE, TRUNCATE_IN_HEADER, SET_ONE_BYTE, SET_SEVERAL_BYTES, FLIP_HEADER_BITS, TAG_TYPE_CODE,
        PAYLOAD_LENGTH, RECORD_COUNT, RESOLUTION, RECORD_TYPE, TAG_INDEX, ZEROED_REGION, RANDOM_RECORDS,
        OVERFLOW_STORM, INSERT_OR_DELETE, DROP_OR_REPEAT_TAG, APPEND_GARBAGE
    }

    /** A header tag of a seed file: where it starts, its type code and the length of its payload (0 if none). */
    public record TagAt(String name, int offset, int typeCode, int payloadLength) {
    }

    /** A valid file to mutate, with its header layout. */
    public record Seed(String name, byte[] bytes, List<TagAt> tags, int dataOffset) {

        public static Seed of(String name, byte[] bytes) {
            ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            List<TagAt> tags = new ArrayList<>();
            int at = 16;
            while (true) {
                String tagName = new String(bytes, at, 32, StandardCharsets.ISO_8859_1).replaceAll("\0.*", "");
                int type = b.getInt(at + 36);
                long value = b.getLong(at + 40);
                PtuTagType t = PtuTagType.ofCode(type);
                int payload = t != null && t.extended() ? (int) value : 0;
                tags.add(new TagAt(tagName, at, type, payload));
                at += TAG_BYTES + payload;
                if (tagName.equals(PtuHeader.HEADER_END)) {
                    return new Seed(name, bytes, List.copyOf(tags), at);
                }
            }
        }

        public Optional<TagAt> tag(String tagName) {
            return tags.stream().filter(t -> t.name().equals(tagName)).findFirst();
        }
    }

    // --- seeds ---

    /** A valid file of the record type written by {@link PtuWriter}: random tags and every kind of header tag. */
    public static Seed writerSeed(PtuRecordType type, long seed, Path dir) throws IOException {
        TagList tags = PtuRoundTripTest.randomTags(type, seed, 400);
        List<PtuTag> extra = List.of(
                PtuTag.of("File_Comment", new PtuValue.AnsiString("fuzz seed " + type.label())),
                PtuTag.of("Fuzz_Wide", new PtuValue.WideString("µs and Å")),
                PtuTag.of("Fuzz_Doubles", new PtuValue.Float8Array(new double[] {1.5, -2.25, 1e-12})),
                PtuTag.of("Fuzz_Blob", new PtuValue.BinaryBlob(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})),
                PtuTag.of("Fuzz_Bool", new PtuValue.Bool8(true)),
                PtuTag.of("File_CreatingTime", new PtuValue.DateTime(45000.5)),
                new PtuTag("HWInpChan_Offset", 1, new PtuValue.Int8(-1200)));
        Path file = dir.resolve("seed-" + type.label() + ".ptu");
        PtuWriter.write(file, type, tags.source(), extra);
        byte[] bytes = Files.readAllBytes(file);
        Files.delete(file);
        return Seed.of(type.label(), bytes);
    }

    // --- mutations ---

    private static final long[] LENGTHS = {Integer.MAX_VALUE, 1L << 31, 1L << 40, Long.MAX_VALUE, Long.MIN_VALUE, -1,
            -8, 0, 7, 1 << 26, 64 << 20};
    private static final long[] RECORD_COUNTS = {Long.MAX_VALUE, Long.MAX_VALUE / 4, Long.MAX_VALUE / 4 - 1,
            Long.MAX_VALUE / 4 + 1, Long.MIN_VALUE, -1, 0, 1, 1L << 32, Integer.MAX_VALUE};
    private static final double[] SECONDS = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0, -0.0,
            -1e-12, Double.MIN_VALUE, 1e-300, 1e-15, 1e-16, 1e3, 1e300, Double.MAX_VALUE, 1e-12, 4e-12, 2.5e-11};

    /** A mutated copy of the seed's bytes. */
    public static byte[] mutate(Seed seed, Mutation mutation, SplittableRandom random) {
        byte[] bytes = seed.bytes().clone();
        int n = bytes.length;
        switch (mutation) {
            case TRUNCATE_ANYWHERE -> bytes = Arrays.copyOf(bytes, random.nextInt(n));
            case TRUNCATE_IN_HEADER -> bytes = Arrays.copyOf(bytes, random.nextInt(seed.dataOffset() + 1));
            case SET_ONE_BYTE -> bytes[random.nextInt(n)] = (byte) random.nextInt(256);
            case SET_SEVERAL_BYTES -> {
                for (int i = 0, k = 2 + random.nextInt(15); i < k; i++) {
                    bytes[random.nextInt(n)] = (byte) random.nextInt(256);
                }
            }
            case FLIP_HEADER_BITS -> {
                for (int i = 0, k = 1 + random.nextInt(4); i < k; i++) {
                    bytes[random.nextInt(seed.dataOffset())] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case TAG_TYPE_CODE -> {
                TagAt tag = anyTag(seed, random);
                int code = random.nextBoolean() ? random.nextInt()
                        : PtuTagType.values()[random.nextInt(PtuTagType.values().length)].code();
                putInt(bytes, tag.offset() + 36, code);
            }
            case PAYLOAD_LENGTH -> {
                List<TagAt> extended = seed.tags().stream().filter(t -> t.payloadLength() > 0).toList();
                TagAt tag = extended.get(random.nextInt(extended.size()));
                long length = switch (random.nextInt(3)) {
                    case 0 -> LENGTHS[random.nextInt(LENGTHS.length)];
                    case 1 -> tag.payloadLength() + random.nextInt(-8, 9);
                    default -> random.nextLong();
                };
                putLong(bytes, tag.offset() + 40, length);
            }
            case RECORD_COUNT -> {
                TagAt tag = seed.tag(PtuHeader.NUMBER_OF_RECORDS).orElseThrow();
                long records = (n - seed.dataOffset()) / 4;
                long value = switch (random.nextInt(3)) {
                    case 0 -> RECORD_COUNTS[random.nextInt(RECORD_COUNTS.length)];
                    case 1 -> records + random.nextInt(-3, 4);
                    default -> random.nextLong();
                };
                putLong(bytes, tag.offset() + 40, value);
            }
            case RESOLUTION -> {
                TagAt tag = seed.tag(PtuHeader.RESOLUTION).filter(t -> random.nextBoolean())
                        .or(() -> seed.tag(PtuHeader.GLOBAL_RESOLUTION)).orElseThrow();
                long bits = random.nextInt(4) == 0 ? random.nextLong()
                        : Double.doubleToRawLongBits(SECONDS[random.nextInt(SECONDS.length)]);
                putLong(bytes, tag.offset() + 40, bits);
            }
            case RECORD_TYPE -> {
                TagAt tag = seed.tag(PtuHeader.RECORD_TYPE).orElseThrow();
                long code = random.nextBoolean()
                        ? PtuRecordType.values()[random.nextInt(PtuRecordType.values().length)].code()
                        : random.nextBoolean() ? random.nextInt() : random.nextLong();
                putLong(bytes, tag.offset() + 40, code);
            }
            case TAG_INDEX -> putInt(bytes, anyTag(seed, random).offset() + 32,
                    random.nextBoolean() ? random.nextInt() : random.nextInt(-3, 3));
            case ZEROED_REGION -> {
                int from = random.nextInt(n);
                Arrays.fill(bytes, from, Math.min(n, from + 1 + random.nextInt(256)), (byte) 0);
            }
            case RANDOM_RECORDS -> {
                int records = (n - seed.dataOffset()) / 4;
                for (int i = 0, k = 1 + random.nextInt(20); i < k && records > 0; i++) {
                    putInt(bytes, seed.dataOffset() + 4 * random.nextInt(records), random.nextInt());
                }
            }
            case OVERFLOW_STORM -> {
                // special records with all bits set: the largest counted overflow (HydraHarp family) or an
                // undefined code (PicoHarp), over a stretch of the records
                int records = (n - seed.dataOffset()) / 4;
                int from = random.nextInt(Math.max(1, records));
                for (int i = from, end = Math.min(records, from + 1 + random.nextInt(records + 1)); i < end; i++) {
                    putInt(bytes, seed.dataOffset() + 4 * i, random.nextInt(4) == 0 ? 0xF0000000 : 0xFFFFFFFF);
                }
            }
            case INSERT_OR_DELETE -> {
                int at = random.nextInt(n);
                int k = 1 + random.nextInt(9);
                if (random.nextBoolean()) {
                    byte[] grown = new byte[n + k];
                    System.arraycopy(bytes, 0, grown, 0, at);
                    for (int i = 0; i < k; i++) {
                        grown[at + i] = (byte) random.nextInt(256);
                    }
                    System.arraycopy(bytes, at, grown, at + k, n - at);
                    bytes = grown;
                } else {
                    int end = Math.min(n, at + k);
                    byte[] shrunk = new byte[n - (end - at)];
                    System.arraycopy(bytes, 0, shrunk, 0, at);
                    System.arraycopy(bytes, end, shrunk, at, n - end);
                    bytes = shrunk;
                }
            }
            case DROP_OR_REPEAT_TAG -> {
                TagAt tag = anyTag(seed, random);
                int length = TAG_BYTES + tag.payloadLength();
                byte[] changed;
                if (random.nextBoolean()) {
                    changed = new byte[n - length];
                    System.arraycopy(bytes, 0, changed, 0, tag.offset());
                    System.arraycopy(bytes, tag.offset() + length, changed, tag.offset(), n - tag.offset() - length);
                } else {
                    changed = new byte[n + length];
                    System.arraycopy(bytes, 0, changed, 0, tag.offset() + length);
                    System.arraycopy(bytes, tag.offset(), changed, tag.offset() + length, n - tag.offset());
                }
                bytes = changed;
            }
            case APPEND_GARBAGE -> {
                byte[] longer = Arrays.copyOf(bytes, n + 1 + random.nextInt(64));
                for (int i = n; i < longer.length; i++) {
                    longer[i] = (byte) random.nextInt(256);
                }
                bytes = longer;
            }
        }
        return bytes;
    }

    private static TagAt anyTag(Seed seed, SplittableRandom random) {
        return seed.tags().get(random.nextInt(seed.tags().size()));
    }

    static void putInt(byte[] bytes, int at, int value) {
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(at, value);
    }

    static void putLong(byte[] bytes, int at, long value) {
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putLong(at, value);
    }
}
