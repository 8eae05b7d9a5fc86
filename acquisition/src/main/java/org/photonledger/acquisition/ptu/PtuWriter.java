package org.photonledger.acquisition.ptu;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.acquisition.timetag.TagMode;
import org.photonledger.acquisition.timetag.TagSource;
import org.photonledger.acquisition.timetag.TimeBase;

/**
 * Writes tags as a PicoQuant PTU file of a given record type, inserting overflow records where the time fields
 * wrap (one record per overflow where the format requires it, counted overflow records where it allows them).
 *
 * <p>The file is written to a temporary sibling and moved into place by {@link #finish()}, after the record count
 * in the header has been filled in and the data forced to disk; closing without {@code finish()} deletes it, so no
 * half-written PTU file is ever left under the target name.
 *
 * <p>T2 tags are written from their times (converted to ticks of the global resolution), T3 tags from their sync
 * indices and dtimes. PicoHarp T2 markers carry their marker bits in the low 4 time bits, so a marker time whose
 * low bits differ is moved by less than 16 ticks (as PicoQuant's hardware does); everything read from a PTU file
 * is written back unchanged.
 */
public final class PtuWriter implements AutoCloseable {

    private static final Set<String> MANAGED_TAGS = Set.of(PtuHeader.RECORD_TYPE, PtuHeader.BITS_PER_RECORD,
            PtuHeader.NUMBER_OF_RECORDS, PtuHeader.GLOBAL_RESOLUTION, PtuHeader.RESOLUTION,
            PtuHeader.MEASUREMENT_MODE, PtuHeader.HEADER_END);
    private static final int BUFFER_BYTES = 1 << 18;

    private final Path file;
    private final Path temporary;
    private final FileChannel channel;
    private final PtuRecordType recordType;
    private final TimeBase timeBase;
    private final long numberOfRecordsOffset;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);

    private long overflow;
    private long records;
    private long tags;
    private boolean finished;

    private PtuWriter(Path file, PtuRecordType recordType, TimeBase timeBase, List<PtuTag> extraTags)
            throws IOException {
        this.file = file;
        this.recordType = recordType;
        this.timeBase = timeBase;
        Path dir = file.toAbsolutePath().getParent();
        this.temporary = dir.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        this.channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            HeaderBytes header = header(extraTags);
            this.numberOfRecordsOffset = header.numberOfRecordsOffset();
            ByteBuffer bytes = ByteBuffer.wrap(header.bytes());
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException | RuntimeException e) {
            abort();
            throw e;
        }
    }

    /**
     * Starts a PTU file.
     *
     * @param extraTags header tags to carry over (instrument settings, comments); the tags that describe the
     *                  records (record type, resolutions, record count, mode, {@code Header_End}) are written by
     *                  the writer and dropped from this list
     */
    public static PtuWriter create(Path file, PtuRecordType recordType, TimeBase timeBase, List<PtuTag> extraTags) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(timeBase, "timeBase");
        if (timeBase.mode() != recordType.mode()) {
            throw new IllegalArgumentException("record type " + recordType.label() + " is " + recordType.mode()
                    + " but the time base is " + timeBase.mode());
        }
        try {
            return new PtuWriter(file, recordType, timeBase, List.copyOf(extraTags));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Copies a whole source into a new PTU file. */
    public static long write(Path file, PtuRecordType recordType, TagSource source, List<PtuTag> extraTags) {
        try (PtuWriter writer = create(file, recordType, source.timeBase(), extraTags)) {
            writer.writeAll(source);
            writer.finish();
            return writer.records();
        }
    }

    public void writeAll(TagSource source) {
        if (source.timeBase().mode() != recordType.mode()) {
            throw new IllegalArgumentException("cannot write a " + source.timeBase().mode() + " stream as "
                    + recordType.label());
        }
        TagBlock block = new TagBlock();
        while (source.next(block)) {
            write(block);
        }
    }

    public void write(TagBlock block) {
        if (finished) {
            throw new IllegalStateException("PTU file " + file + " is already finished");
        }
        try {
            switch (recordType.layout()) {
                case HARP_T2 -> writeHarpT2(block);
                case HARP_T3 -> writeHarpT3(block);
                case PICOHARP_T2 -> writePicoHarpT2(block);
                case PICOHARP_T3 -> writePicoHarpT3(block);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Records written so far, overflow records included. */
    public long records() {
        return records;
    }

    /** Fills in the record count, forces the file to disk and moves it to its name. */
    public void finish() {
        if (finished) {
            return;
        }
        try {
            flush();
            ByteBuffer count = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(0, records);
            channel.write(count, numberOfRecordsOffset);
            channel.force(true);
            channel.close();
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            finished = true;
        } catch (IOException e) {
            abort();
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the temporary file unless {@link #finish()} succeeded. */
    @Override
    public void close() {
        if (!finished) {
            abort();
        }
    }

    private void abort() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing useful can be done; the file is deleted next
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // a leftover temporary file has a dot name and a .tmp suffix and is never read as data
        }
    }

    // --- records ---

    private void writeHarpT2(TagBlock block) throws IOException {
        long period = recordType.overflowPeriod();
        boolean counts = recordType.overflowCounts();
        for (int i = 0; i < block.size(); i++) {
            short c = block.channels()[i];
            long field = timeBase.t2Ticks(block.times()[i]) - overflow;
            checkForward(field, block, i);
            while (field >= period) {
                long n = counts ? Math.min(field / period, 0x1FFFFFF) : 1;
                record(0xFE000000 | (counts ? (int) n : 0));
                overflow += n * period;
                field -= n * period;
            }
            int r;
            if (c >= 0) {
                checkChannel(c, block, i);
                r = (c << 25) | (int) field;
            } else if (c == TagBlock.SYNC) {
                r = 0x80000000 | (int) field;
            } else {
                r = 0x80000000 | (markerBits(c, block, i) << 25) | (int) field;
            }
            record(r);
        }
    }

    private void writeHarpT3(TagBlock block) throws IOException {
        boolean counts = recordType.overflowCounts();
        for (int i = 0; i < block.size(); i++) {
            short c = block.channels()[i];
            long field = block.syncs()[i] - overflow;
            checkForward(field, block, i);
            while (field >= 1024) {
                long n = counts ? Math.min(field / 1024, 1023) : 1;
                record(0xFE000000 | (counts ? (int) n : 0));
                overflow += n * 1024;
                field -= n * 1024;
            }
            int r;
            if (c >= 0) {
                checkChannel(c, block, i);
                r = (c << 25) | (dtime(block, i) << 10) | (int) field;
            } else if (c == TagBlock.SYNC) {
                throw unwritable(block, i, "T3 records have no sync tags (the sync is implicit in every record)");
            } else {
                r = 0x80000000 | (markerBits(c, block, i) << 25) | (int) field;
            }
            record(r);
        }
    }

    private void writePicoHarpT2(TagBlock block) throws IOException {
        long period = recordType.overflowPeriod();
        for (int i = 0; i < block.size(); i++) {
            short c = block.channels()[i];
            long field = timeBase.t2Ticks(block.times()[i]) - overflow;
            checkForward(field, block, i);
            while (field >= period) {
                record(0xF0000000);
                overflow += period;
                field -= period;
            }
            int r;
            if (c >= 0) {
                checkChannel(c, block, i);
                r = (c << 28) | (int) field;
            } else if (c == TagBlock.SYNC) {
                throw unwritable(block, i, "PicoHarp T2 records have no separate sync tags (the sync input is channel 0)");
            } else {
                r = 0xF0000000 | ((int) field & ~0xF) | markerBits(c, block, i);
            }
            record(r);
        }
    }

    private void writePicoHarpT3(TagBlock block) throws IOException {
        long period = recordType.overflowPeriod();
        for (int i = 0; i < block.size(); i++) {
            short c = block.channels()[i];
            long field = block.syncs()[i] - overflow;
            checkForward(field, block, i);
            while (field >= period) {
                record(0xF0000000);
                overflow += period;
                field -= period;
            }
            int r;
            if (c >= 0) {
                checkChannel(c, block, i);
                r = (c << 28) | (dtime(block, i) << 16) | (int) field;
            } else if (c == TagBlock.SYNC) {
                throw unwritable(block, i, "T3 records have no sync tags (the sync is implicit in every record)");
            } else {
                r = 0xF0000000 | (markerBits(c, block, i) << 16) | (int) field;
            }
            record(r);
        }
    }

    private void checkForward(long field, TagBlock block, int i) {
        if (field < 0) {
            throw unwritable(block, i, "it lies before the current overflow period (the stream goes back in time by "
                    + "more than PTU records can express)");
        }
    }

    private void checkChannel(short c, TagBlock block, int i) {
        if (c < recordType.minChannel() || c > recordType.maxChannel()) {
            throw unwritable(block, i, "the record type holds photon channels " + recordType.minChannel() + ".."
                    + recordType.maxChannel());
        }
    }

    private int markerBits(short c, TagBlock block, int i) {
        int bits = TagBlock.markerBits(c);
        if (bits > recordType.maxMarkerBits()) {
            throw unwritable(block, i, "the record type holds marker bits 1.." + recordType.maxMarkerBits());
        }
        return bits;
    }

    private int dtime(TagBlock block, int i) {
        int dtime = block.dtimes()[i];
        if (dtime < 0 || dtime > recordType.maxDtime()) {
            throw unwritable(block, i, "its dtime " + dtime + " is outside 0.." + recordType.maxDtime());
        }
        return dtime;
    }

    private IllegalArgumentException unwritable(TagBlock block, int i, String why) {
        return new IllegalArgumentException("cannot write tag " + (tags + i) + " (channel "
                + TagBlock.describe(block.channels()[i]) + " at " + block.times()[i] + " ps) as "
                + recordType.label() + ": " + why);
    }

    private void record(int r) throws IOException {
        if (!buffer.hasRemaining()) {
            flush();
        }
        buffer.putInt(r);
        records++;
    }

    private void flush() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }

    // --- header ---

    private record HeaderBytes(byte[] bytes, long numberOfRecordsOffset) {
    }

    private HeaderBytes header(List<PtuTag> extraTags) {
        LittleEndianBytes out = new LittleEndianBytes();
        out.writeBytes(padded(PtuHeader.MAGIC.getBytes(StandardCharsets.US_ASCII), 8));
        out.writeBytes(padded("1.0.00".getBytes(StandardCharsets.US_ASCII), 8));
        for (PtuTag tag : extraTags) {
            if (!MANAGED_TAGS.contains(tag.name())) {
                writeTag(out, tag);
            }
        }
        writeTag(out, PtuTag.of(PtuHeader.MEASUREMENT_MODE,
                new PtuValue.Int8(recordType.mode() == TagMode.T2 ? 2 : 3)));
        writeTag(out, PtuTag.of(PtuHeader.RECORD_TYPE, new PtuValue.Int8(recordType.code())));
        writeTag(out, PtuTag.of(PtuHeader.BITS_PER_RECORD, new PtuValue.Int8(32)));
        writeTag(out, PtuTag.of(PtuHeader.GLOBAL_RESOLUTION,
                new PtuValue.Float8(PtuHeader.seconds(timeBase.globalResolutionPs()))));
        writeTag(out, PtuTag.of(PtuHeader.RESOLUTION, new PtuValue.Float8(PtuHeader.seconds(timeBase.resolutionPs()))));
        long countOffset = out.size() + 40;
        writeTag(out, PtuTag.of(PtuHeader.NUMBER_OF_RECORDS, new PtuValue.Int8(0)));
        writeTag(out, PtuTag.of(PtuHeader.HEADER_END, new PtuValue.Empty()));
        return new HeaderBytes(out.toByteArray(), countOffset);
    }

    private static void writeTag(LittleEndianBytes out, PtuTag tag) {
        out.writeBytes(padded(tag.name().getBytes(StandardCharsets.US_ASCII), 32));
        out.writeInt(tag.index());
        out.writeInt(tag.value().type().code());
        byte[] payload = switch (tag.value()) {
            case PtuValue.Empty e -> {
                out.writeLong(0);
                yield null;
            }
            case PtuValue.Bool8(boolean b) -> {
                out.writeLong(b ? -1 : 0);
                yield null;
            }
            case PtuValue.Int8(long v) -> {
                out.writeLong(v);
                yield null;
            }
            case PtuValue.BitSet64(long v) -> {
                out.writeLong(v);
                yield null;
            }
            case PtuValue.Color8(long v) -> {
                out.writeLong(v);
                yield null;
            }
            case PtuValue.Float8(double v) -> {
                out.writeLong(Double.doubleToRawLongBits(v));
                yield null;
            }
            case PtuValue.DateTime(double days) -> {
                out.writeLong(Double.doubleToRawLongBits(days));
                yield null;
            }
            case PtuValue.Float8Array a -> {
                double[] values = a.values();
                ByteBuffer doubles = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
                for (double v : values) {
                    doubles.putDouble(v);
                }
                yield doubles.array();
            }
            case PtuValue.AnsiString(String s) -> terminated(s.getBytes(StandardCharsets.ISO_8859_1), 1);
            case PtuValue.WideString(String s) -> terminated(s.getBytes(StandardCharsets.UTF_16LE), 2);
            case PtuValue.BinaryBlob b -> b.bytes();
        };
        if (payload == null) {
            return;
        }
        byte[] gross = padded(payload, (payload.length + 7) / 8 * 8);
        out.writeLong(gross.length);
        out.writeBytes(gross);
    }

    private static byte[] terminated(byte[] text, int terminatorBytes) {
        byte[] withTerminator = new byte[text.length + terminatorBytes];
        System.arraycopy(text, 0, withTerminator, 0, text.length);
        return withTerminator;
    }

    private static byte[] padded(byte[] bytes, int length) {
        if (bytes.length > length) {
            throw new IllegalArgumentException("value of " + bytes.length + " bytes does not fit " + length);
        }
        byte[] out = new byte[length];
        System.arraycopy(bytes, 0, out, 0, bytes.length);
        return out;
    }

    private static final class LittleEndianBytes extends ByteArrayOutputStream {
        void writeInt(int v) {
            for (int i = 0; i < 4; i++) {
                write(v >>> (8 * i));
            }
        }

        void writeLong(long v) {
            for (int i = 0; i < 8; i++) {
                write((int) (v >>> (8 * i)));
            }
        }
    }
}
