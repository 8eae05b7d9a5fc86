package org.photonledger.acquisition.ptu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.acquisition.timetag.TagMode;
import org.photonledger.acquisition.timetag.TagSource;
import org.photonledger.acquisition.timetag.TimeBase;

/**
 * Streams the tags of a PicoQuant PTU file: the header is parsed on {@link #open}, the records are decoded block by
 * block from a fixed-size buffer, so memory does not grow with the file.
 *
 * <p>T2 tags get time = (overflow + time field) × global resolution; T3 tags get their sync index
 * (overflow + nsync), their dtime, and time = sync time + dtime time as defined by {@link TimeBase}. Channel codes
 * are as stored (see {@link PtuRecordType}); markers and HydraHarp-family T2 syncs become marker and sync tags.
 *
 * <p>Anything that is not a well-formed PTU file of a supported record type is refused with a
 * {@link PtuFormatException} naming the problem and its byte offset: wrong magic, an unknown tag type, a payload
 * longer than the file, a missing or invalid record type, resolution or record count, a file shorter or longer
 * than the records the header announces, records with channel codes the record type does not define, and
 * resolutions or overflow records that would carry a time past what a 64-bit count of picoseconds holds (about
 * 106 days; a corrupt count must not wrap around to negative times). I/O failures surface as
 * {@link UncheckedIOException}.
 */
public final class PtuReader implements TagSource {

    private static final int BUFFER_BYTES = 1 << 18;
    private static final int TAG_BYTES = 48;
    private static final int RECORD_BYTES = 4;
    /** Largest header payload (string, array or blob) read; real headers hold kilobytes. */
    private static final int MAX_PAYLOAD_BYTES = 64 << 20;

    private final Path file;
    private final FileChannel channel;
    private final MessageDigest digest;
    private final long fileSize;
    private final ByteBuffer buffer;
    private long bufferOffset;

    private final PtuHeader header;
    private final PtuRecordType recordType;
    private final TimeBase timeBase;
    private final long records;

    /** Records copied from the file into {@link #words}; those from {@link #wordPosition} on are not decoded yet. */
    private long recordsLoaded;
    private final int[] words;
    private int wordPosition;
    private int wordEnd;
    private long wordsOffset;
    private long wordsFirstRecord;
    private long overflow;
    private long overflowRecords;

    private final long tickWholePs;
    private final double tickFractionPs;
    private final long dtimeWholePs;
    private final double dtimeFractionPs;
    /**
     * Largest sum of overflows (ticks or syncs) for which every record's time still fits a long in picoseconds;
     * a corrupt overflow count beyond it is refused rather than wrapped around to negative times.
     */
    private final long overflowLimit;

    private PtuReader(Path file, FileChannel channel, MessageDigest digest) throws IOException {
        this.file = file;
        this.channel = channel;
        this.digest = digest;
        this.fileSize = channel.size();
        // small files get small buffers: tools that open many of them should not churn through direct memory
        int bufferBytes = (int) Math.min(BUFFER_BYTES, Math.max(4096, fileSize + 3 & ~3L));
        this.buffer = ByteBuffer.allocateDirect(bufferBytes).order(ByteOrder.LITTLE_ENDIAN);
        this.words = new int[bufferBytes / RECORD_BYTES];
        buffer.flip();
        Map<String, Long> offsets = new HashMap<>();
        this.header = readHeader(offsets);
        this.recordType = recordType(offsets);
        this.records = numberOfRecords(offsets);
        this.timeBase = timeBase(offsets);
        this.overflowLimit = overflowLimit(offsets);
        checkSize();
        double global = timeBase.globalResolutionPs();
        this.tickWholePs = (long) global;
        this.tickFractionPs = global - tickWholePs;
        double resolution = timeBase.resolutionPs();
        this.dtimeWholePs = (long) resolution;
        this.dtimeFractionPs = resolution - dtimeWholePs;
    }

    /** Opens a PTU file and reads its header. */
    public static PtuReader open(Path file) {
        return open(file, null);
    }

    /**
     * Opens a PTU file and reads its header; every byte read from the file, header and records, is also fed to
     * {@code digest} (if not null), so a caller gets the file's hash without a second pass.
     */
    public static PtuReader open(Path file, MessageDigest digest) {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("no such file: " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file + ": " + e.getMessage(), e);
        }
        try {
            return new PtuReader(file, channel, digest);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** Reads just the header of a PTU file. */
    public static PtuHeader readHeader(Path file) {
        try (PtuReader reader = open(file)) {
            return reader.header();
        }
    }

    public Path file() {
        return file;
    }

    public PtuHeader header() {
        return header;
    }

    public PtuRecordType recordType() {
        return recordType;
    }

    @Override
    public TimeBase timeBase() {
        return timeBase;
    }

    /** Number of records (tags and overflows) the header announces. */
    public long records() {
        return records;
    }

    /** Records decoded so far. */
    public long recordsRead() {
        return recordsLoaded - (wordEnd - wordPosition);
    }

    /** Overflow records decoded so far. */
    public long overflowRecords() {
        return overflowRecords;
    }

    public long fileSize() {
        return fileSize;
    }

    @Override
    public boolean next(TagBlock block) {
        block.clear();
        try {
            while (!block.isFull()) {
                if (wordPosition == wordEnd && !loadWords()) {
                    break;
                }
                wordPosition = switch (recordType.layout()) {
                    case HARP_T2 -> decodeHarpT2(words, wordPosition, wordEnd, block);
                    case HARP_T3 -> decodeHarpT3(words, wordPosition, wordEnd, block);
                    case PICOHARP_T2 -> decodePicoHarpT2(words, wordPosition, wordEnd, block);
                    case PICOHARP_T3 -> decodePicoHarpT3(words, wordPosition, wordEnd, block);
                };
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return block.size() > 0;
    }

    /**
     * Copies the next records from the byte buffer into {@link #words} in one bulk transfer, so that the decode
     * loops run over a plain int array.
     */
    private boolean loadWords() throws IOException {
        if (recordsLoaded >= records) {
            return false;
        }
        if (buffer.remaining() < RECORD_BYTES && !fill(RECORD_BYTES)) {
            long at = position();
            throw new PtuFormatException(file + ": file ends at byte " + at + " before record "
                    + recordsLoaded + " of " + records + " (it was truncated while being read)", at);
        }
        int n = (int) Math.min(Math.min(buffer.remaining() / RECORD_BYTES, words.length), records - recordsLoaded);
        wordsOffset = position();
        wordsFirstRecord = recordsLoaded;
        buffer.asIntBuffer().get(words, 0, n);
        buffer.position(buffer.position() + n * RECORD_BYTES);
        recordsLoaded += n;
        wordPosition = 0;
        wordEnd = n;
        return true;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file + ": " + e.getMessage(), e);
        }
    }

    // --- record decoding: one loop per layout, over primitive arrays, no allocation ---

    private int decodeHarpT2(int[] words, int pos, int end, TagBlock block) {
        long[] times = block.times();
        short[] channels = block.channels();
        int n = block.size();
        int capacity = block.capacity();
        long ofl = overflow;
        long period = recordType.overflowPeriod();
        boolean counts = recordType.overflowCounts();
        long whole = tickWholePs;
        double fraction = tickFractionPs;
        while (pos < end && n < capacity) {
            int r = words[pos];
            if (r >= 0) {
                long ticks = ofl + (r & 0x1FFFFFF);
                times[n] = fraction == 0 ? ticks * whole : ticks * whole + Math.round(ticks * fraction);
                channels[n] = (short) (r >>> 25);
                n++;
            } else {
                int c = (r >>> 25) & 0x3F;
                int field = r & 0x1FFFFFF;
                if (c == 0x3F) {
                    ofl += period * (counts && field != 0 ? field : 1);
                    if (ofl > overflowLimit || ofl < 0) {
                        throw overflowBeyondRange(pos, r);
                    }
                    overflowRecords++;
                } else if (c <= 15) {
                    long ticks = ofl + field;
                    times[n] = fraction == 0 ? ticks * whole : ticks * whole + Math.round(ticks * fraction);
                    channels[n] = c == 0 ? TagBlock.SYNC : TagBlock.marker(c);
                    n++;
                } else {
                    overflow = ofl;
                    throw badRecord(pos, r, "a special record with channel code " + c
                            + ", which " + recordType.label() + " does not define (63 overflow, 0 sync, 1..15 markers)");
                }
            }
            pos++;
        }
        overflow = ofl;
        block.setSize(n);
        return pos;
    }

    private int decodeHarpT3(int[] words, int pos, int end, TagBlock block) {
        long[] times = block.times();
        short[] channels = block.channels();
        long[] syncs = block.syncs();
        int[] dtimes = block.dtimes();
        int n = block.size();
        int capacity = block.capacity();
        long ofl = overflow;
        boolean counts = recordType.overflowCounts();
        long syncWhole = tickWholePs;
        double syncFraction = tickFractionPs;
        long dtWhole = dtimeWholePs;
        double dtFraction = dtimeFractionPs;
        while (pos < end && n < capacity) {
            int r = words[pos];
            if (r >= 0) {
                long sync = ofl + (r & 0x3FF);
                int dtime = (r >>> 10) & 0x7FFF;
                long syncPs = syncFraction == 0 ? sync * syncWhole : sync * syncWhole + Math.round(sync * syncFraction);
                times[n] = syncPs + (dtFraction == 0 ? dtime * dtWhole : Math.round(dtime * (dtWhole + dtFraction)));
                channels[n] = (short) (r >>> 25);
                syncs[n] = sync;
                dtimes[n] = dtime;
                n++;
            } else {
                int c = (r >>> 25) & 0x3F;
                int nsync = r & 0x3FF;
                if (c == 0x3F) {
                    ofl += 1024L * (counts && nsync != 0 ? nsync : 1);
                    if (ofl > overflowLimit || ofl < 0) {
                        throw overflowBeyondRange(pos, r);
                    }
                    overflowRecords++;
                } else if (c >= 1 && c <= 15) {
                    long sync = ofl + nsync;
                    times[n] = syncFraction == 0 ? sync * syncWhole : sync * syncWhole + Math.round(sync * syncFraction);
                    channels[n] = TagBlock.marker(c);
                    syncs[n] = sync;
                    dtimes[n] = 0;
                    n++;
                } else {
                    overflow = ofl;
                    throw badRecord(pos, r, "a special record with channel code " + c
                            + ", which " + recordType.label() + " does not define (63 overflow, 1..15 markers)");
                }
            }
            pos++;
        }
        overflow = ofl;
        block.setSize(n);
        return pos;
    }

    private int decodePicoHarpT2(int[] words, int pos, int end, TagBlock block) {
        long[] times = block.times();
        short[] channels = block.channels();
        int n = block.size();
        int capacity = block.capacity();
        long ofl = overflow;
        long period = recordType.overflowPeriod();
        long whole = tickWholePs;
        double fraction = tickFractionPs;
        while (pos < end && n < capacity) {
            int r = words[pos];
            int c = r >>> 28;
            int field = r & 0x0FFFFFFF;
            if (c == 15) {
                int markers = field & 0xF;
                if (markers == 0) {
                    ofl += period;
                    if (ofl > overflowLimit) {
                        throw overflowBeyondRange(pos, r);
                    }
                    overflowRecords++;
                    pos++;
                    continue;
                }
                channels[n] = TagBlock.marker(markers);
            } else if (c <= 4) {
                channels[n] = (short) c;
            } else {
                overflow = ofl;
                throw badRecord(pos, r, "channel " + c + ", but PicoHarp T2 records hold channels 0..4 "
                        + "(15 marks special records)");
            }
            // A marker's time keeps its marker bits in the low 4 bits, as PicoQuant's demos do: the marker
            // resolution is tens of ns anyway, and it makes PTU -> tags -> PTU lossless.
            long ticks = ofl + field;
            times[n] = fraction == 0 ? ticks * whole : ticks * whole + Math.round(ticks * fraction);
            n++;
            pos++;
        }
        overflow = ofl;
        block.setSize(n);
        return pos;
    }

    private int decodePicoHarpT3(int[] words, int pos, int end, TagBlock block) {
        long[] times = block.times();
        short[] channels = block.channels();
        long[] syncs = block.syncs();
        int[] dtimes = block.dtimes();
        int n = block.size();
        int capacity = block.capacity();
        long ofl = overflow;
        long period = recordType.overflowPeriod();
        long syncWhole = tickWholePs;
        double syncFraction = tickFractionPs;
        long dtWhole = dtimeWholePs;
        double dtFraction = dtimeFractionPs;
        while (pos < end && n < capacity) {
            int r = words[pos];
            int c = r >>> 28;
            int dtime = (r >>> 16) & 0xFFF;
            long sync = ofl + (r & 0xFFFF);
            long syncPs = syncFraction == 0 ? sync * syncWhole : sync * syncWhole + Math.round(sync * syncFraction);
            if (c == 15) {
                if (dtime == 0) {
                    ofl += period;
                    if (ofl > overflowLimit) {
                        throw overflowBeyondRange(pos, r);
                    }
                    overflowRecords++;
                    pos++;
                    continue;
                }
                times[n] = syncPs;
                channels[n] = TagBlock.marker(dtime);
                dtimes[n] = 0;
            } else if (c >= 1 && c <= 4) {
                times[n] = syncPs + (dtFraction == 0 ? dtime * dtWhole : Math.round(dtime * (dtWhole + dtFraction)));
                channels[n] = (short) c;
                dtimes[n] = dtime;
            } else {
                overflow = ofl;
                throw badRecord(pos, r, "channel " + c + ", but PicoHarp T3 records hold channels 1..4 "
                        + "(15 marks special records)");
            }
            syncs[n] = sync;
            n++;
            pos++;
        }
        overflow = ofl;
        block.setSize(n);
        return pos;
    }

    private PtuFormatException overflowBeyondRange(int pos, int record) {
        return badRecord(pos, record, "an overflow that brings the overflows so far beyond " + overflowLimit + " "
                + (recordType.mode() == TagMode.T3 ? "syncs" : "ticks") + ", past the largest time in picoseconds "
                + "a 64-bit number holds (about 106 days)");
    }

    private PtuFormatException badRecord(int pos, int record, String what) {
        long at = wordsOffset + (long) pos * RECORD_BYTES;
        long index = wordsFirstRecord + pos;
        return new PtuFormatException(String.format("%s: record %d at byte %d (0x%08X) is corrupt: it has %s",
                file, index, at, record, what), at);
    }

    // --- header ---

    private PtuHeader readHeader(Map<String, Long> offsets) throws IOException {
        if (fileSize < 16) {
            throw new PtuFormatException(file + ": not a PTU file: it is " + fileSize
                    + " bytes long, shorter than the 16-byte PTU preamble", 0);
        }
        fill(16);
        byte[] magic = new byte[8];
        buffer.get(magic);
        String magicText = zeroTerminated(magic);
        if (!magicText.equals(PtuHeader.MAGIC)) {
            String hint = magicText.equals("PQHISTO") ? " (this is a PicoQuant histogram file, .phu)" : "";
            throw new PtuFormatException(file + ": not a PTU file: it starts with " + printable(magic)
                    + " at byte 0, not \"PQTTTR\"" + hint, 0);
        }
        byte[] version = new byte[8];
        buffer.get(version);
        List<PtuTag> tags = new ArrayList<>();
        while (true) {
            long at = position();
            if (!fill(TAG_BYTES)) {
                throw new PtuFormatException(file + ": file ends at byte " + fileSize + " inside the header (after "
                        + tags.size() + " tags, at the tag starting at byte " + at
                        + "); a PTU header ends with a Header_End tag", at);
            }
            byte[] ident = new byte[32];
            buffer.get(ident);
            int index = buffer.getInt();
            int typeCode = buffer.getInt();
            long value = buffer.getLong();
            String name = zeroTerminated(ident);
            if (name.length() > PtuTag.MAX_NAME_LENGTH) {
                throw new PtuFormatException(file + ": header tag at byte " + at + " has an identifier "
                        + printable(ident) + " without a terminating zero byte", at);
            }
            if (name.isEmpty() || !isPrintableAscii(name)) {
                throw new PtuFormatException(file + ": header tag at byte " + at + " has the identifier "
                        + printable(ident) + "; identifiers are printable ASCII", at);
            }
            PtuTagType type = PtuTagType.ofCode(typeCode);
            if (type == null) {
                throw new PtuFormatException(String.format("%s: header tag '%s' at byte %d has the unknown type code "
                        + "0x%08X", file, name, at, typeCode), at + 36);
            }
            if (index < -1) {
                throw new PtuFormatException(file + ": header tag '" + name + "' at byte " + at + " has index " + index
                        + " (must be -1 for none, or >= 0)", at + 32);
            }
            PtuValue tagValue = type.extended() ? readPayload(name, at, type, value) : simpleValue(type, value);
            tags.add(new PtuTag(name, index, tagValue));
            offsets.putIfAbsent(name, at);
            if (name.equals(PtuHeader.HEADER_END)) {
                break;
            }
        }
        return new PtuHeader(zeroTerminated(version), tags, position());
    }

    private PtuValue readPayload(String name, long at, PtuTagType type, long length) throws IOException {
        long remaining = fileSize - position();
        if (length < 0 || length > remaining) {
            throw new PtuFormatException(file + ": header tag '" + name + "' at byte " + at + " declares a "
                    + length + "-byte " + type + " payload, but only " + remaining + " bytes follow", at + 40);
        }
        if (length > MAX_PAYLOAD_BYTES) {
            throw new PtuFormatException(file + ": header tag '" + name + "' at byte " + at + " declares a "
                    + length + "-byte payload; header values over " + MAX_PAYLOAD_BYTES + " bytes are not read", at + 40);
        }
        if (type == PtuTagType.FLOAT8_ARRAY && length % 8 != 0 || type == PtuTagType.WIDE_STRING && length % 2 != 0) {
            throw new PtuFormatException(file + ": header tag '" + name + "' at byte " + at + " declares a "
                    + length + "-byte " + type + " payload, which is not a whole number of "
                    + (type == PtuTagType.WIDE_STRING ? "UTF-16 characters" : "doubles"), at + 40);
        }
        byte[] payload = new byte[(int) length];
        int done = 0;
        while (done < payload.length) {
            if (!buffer.hasRemaining() && !fill(1)) {
                throw new PtuFormatException(file + ": file ends at byte " + position() + " inside the payload of "
                        + "header tag '" + name + "'", position());
            }
            int n = Math.min(buffer.remaining(), payload.length - done);
            buffer.get(payload, done, n);
            done += n;
        }
        return switch (type) {
            case FLOAT8_ARRAY -> {
                ByteBuffer doubles = ByteBuffer.wrap(payload).order(ByteOrder.LITTLE_ENDIAN);
                double[] values = new double[payload.length / 8];
                for (int i = 0; i < values.length; i++) {
                    values[i] = doubles.getDouble();
                }
                yield new PtuValue.Float8Array(values);
            }
            case ANSI_STRING -> new PtuValue.AnsiString(zeroTerminated(payload));
            case WIDE_STRING -> new PtuValue.WideString(wideString(payload));
            case BINARY_BLOB -> new PtuValue.BinaryBlob(payload);
            default -> throw new IllegalStateException("not an extended type: " + type);
        };
    }

    private static PtuValue simpleValue(PtuTagType type, long value) {
        return switch (type) {
            case EMPTY8 -> new PtuValue.Empty();
            case BOOL8 -> new PtuValue.Bool8(value != 0);
            case INT8 -> new PtuValue.Int8(value);
            case BIT_SET64 -> new PtuValue.BitSet64(value);
            case COLOR8 -> new PtuValue.Color8(value);
            case FLOAT8 -> new PtuValue.Float8(Double.longBitsToDouble(value));
            case DATE_TIME -> new PtuValue.DateTime(Double.longBitsToDouble(value));
            default -> throw new IllegalStateException("not a simple type: " + type);
        };
    }

    private PtuRecordType recordType(Map<String, Long> offsets) {
        long code = requiredInt(PtuHeader.RECORD_TYPE, offsets, "the record format");
        PtuRecordType type = PtuRecordType.ofCode(code);
        if (type == null) {
            throw new PtuFormatException(String.format("%s: record type 0x%08X (tag %s at byte %d) is not supported; "
                            + "supported: %s", file, code, PtuHeader.RECORD_TYPE, offsets.get(PtuHeader.RECORD_TYPE),
                    Arrays.stream(PtuRecordType.values()).map(t -> String.format("0x%08X %s", t.code(), t.label()))
                            .toList()),
                    offsets.get(PtuHeader.RECORD_TYPE));
        }
        var bits = header.find(PtuHeader.BITS_PER_RECORD);
        if (bits.isPresent() && !(bits.get().value() instanceof PtuValue.Int8(long b) && b == 32)) {
            throw new PtuFormatException(file + ": tag " + PtuHeader.BITS_PER_RECORD + " at byte "
                    + offsets.get(PtuHeader.BITS_PER_RECORD) + " is " + bits.get().value()
                    + ", but " + type.label() + " records are 32 bits", offsets.get(PtuHeader.BITS_PER_RECORD));
        }
        return type;
    }

    private long numberOfRecords(Map<String, Long> offsets) {
        long n = requiredInt(PtuHeader.NUMBER_OF_RECORDS, offsets, "the number of records");
        if (n < 0 || n > Long.MAX_VALUE / RECORD_BYTES) {
            throw new PtuFormatException(file + ": tag " + PtuHeader.NUMBER_OF_RECORDS + " at byte "
                    + offsets.get(PtuHeader.NUMBER_OF_RECORDS) + " announces " + n + " records",
                    offsets.get(PtuHeader.NUMBER_OF_RECORDS));
        }
        return n;
    }

    private TimeBase timeBase(Map<String, Long> offsets) {
        double global = requiredResolution(PtuHeader.GLOBAL_RESOLUTION, offsets);
        if (recordType.mode() == TagMode.T3) {
            return TimeBase.t3(global, requiredResolution(PtuHeader.RESOLUTION, offsets));
        }
        double resolution = header.find(PtuHeader.RESOLUTION).isPresent()
                ? requiredResolution(PtuHeader.RESOLUTION, offsets) : global;
        return new TimeBase(TagMode.T2, global, resolution);
    }

    private long requiredInt(String name, Map<String, Long> offsets, String meaning) {
        PtuTag tag = header.find(name).orElseThrow(() -> new PtuFormatException(file + ": the header (ending at byte "
                + header.dataOffset() + ") has no " + name + " tag (" + meaning + ")", header.dataOffset()));
        if (!(tag.value() instanceof PtuValue.Int8(long value))) {
            throw new PtuFormatException(file + ": tag " + name + " at byte " + offsets.get(name) + " has type "
                    + tag.value().type() + ", not INT8", offsets.get(name));
        }
        return value;
    }

    private double requiredResolution(String name, Map<String, Long> offsets) {
        PtuTag tag = header.find(name).orElseThrow(() -> new PtuFormatException(file + ": the header (ending at byte "
                + header.dataOffset() + ") has no " + name + " tag (seconds per " + (name.equals(PtuHeader.RESOLUTION) ? "dtime unit" : "tick or sync period")
                + ")", header.dataOffset()));
        if (!(tag.value() instanceof PtuValue.Float8(double seconds))) {
            throw new PtuFormatException(file + ": tag " + name + " at byte " + offsets.get(name) + " has type "
                    + tag.value().type() + ", not FLOAT8", offsets.get(name));
        }
        double ps = PtuHeader.picoseconds(seconds);
        if (!(ps >= 1e-3) || ps > 1e15) {
            throw new PtuFormatException(file + ": tag " + name + " at byte " + offsets.get(name) + " is " + seconds
                    + " s, not a usable time resolution", offsets.get(name) + 40);
        }
        return ps;
    }

    /**
     * The largest overflow sum whose records still have times that fit a long (see {@link #overflowLimit}), or a
     * refusal of a resolution so coarse that a single record's time would not fit.
     */
    private long overflowLimit(Map<String, Long> offsets) {
        double dtimeSpanPs = recordType.maxDtime() * Math.ceil(timeBase.resolutionPs());
        if (dtimeSpanPs > Long.MAX_VALUE / 2) {
            throw new PtuFormatException(file + ": tag " + PtuHeader.RESOLUTION + " at byte "
                    + offsets.get(PtuHeader.RESOLUTION) + " is " + timeBase.resolutionPs() + " ps, so coarse that a "
                    + recordType.label() + " dtime of up to " + recordType.maxDtime() + " units would not fit a 64-bit "
                    + "time in picoseconds", offsets.get(PtuHeader.RESOLUTION) + 40);
        }
        // tick·⌊P⌋ + round(tick·(P − ⌊P⌋)) is at most tick·⌈P⌉
        long ticks = (Long.MAX_VALUE - (long) dtimeSpanPs) / (long) Math.ceil(timeBase.globalResolutionPs());
        long limit = ticks - maxTimeField(recordType.layout());
        if (limit < 0) {
            throw new PtuFormatException(file + ": tag " + PtuHeader.GLOBAL_RESOLUTION + " at byte "
                    + offsets.get(PtuHeader.GLOBAL_RESOLUTION) + " is " + timeBase.globalResolutionPs() + " ps, so coarse "
                    + "that a " + recordType.label() + " time field of up to " + maxTimeField(recordType.layout())
                    + " would not fit a 64-bit time in picoseconds", offsets.get(PtuHeader.GLOBAL_RESOLUTION) + 40);
        }
        return limit;
    }

    /** Largest value of a record's time (T2) or nsync (T3) field. */
    private static long maxTimeField(PtuRecordType.Layout layout) {
        return switch (layout) {
            case HARP_T2 -> 0x1FFFFFF;
            case HARP_T3 -> 0x3FF;
            case PICOHARP_T2 -> 0x0FFFFFFF;
            case PICOHARP_T3 -> 0xFFFF;
        };
    }

    private void checkSize() {
        long dataOffset = header.dataOffset();
        long recordBytes = fileSize - dataOffset;
        if (records > recordBytes / RECORD_BYTES) {
            long whole = recordBytes / RECORD_BYTES;
            throw new PtuFormatException(file + ": file is truncated: the header announces " + records
                    + " records (" + records * RECORD_BYTES + " bytes from byte " + dataOffset + ") but the file ends at byte "
                    + fileSize + ", after " + whole + " whole records", fileSize);
        }
        long expectedEnd = dataOffset + records * RECORD_BYTES;
        if (fileSize > expectedEnd) {
            throw new PtuFormatException(file + ": file has " + (fileSize - expectedEnd) + " bytes after the last of the "
                    + records + " records the header announces (record data ends at byte " + expectedEnd + ")", expectedEnd);
        }
    }

    // --- buffer ---

    private long position() {
        return bufferOffset + buffer.position();
    }

    /** Makes at least {@code atLeast} bytes available, unless the file ends first. */
    private boolean fill(int atLeast) throws IOException {
        if (buffer.remaining() >= atLeast) {
            return true;
        }
        bufferOffset += buffer.position();
        buffer.compact();
        while (buffer.position() < atLeast) {
            int start = buffer.position();
            int n = channel.read(buffer);
            if (n < 0) {
                break;
            }
            if (digest != null && n > 0) {
                ByteBuffer read = buffer.duplicate();
                read.limit(start + n).position(start);
                digest.update(read);
            }
        }
        buffer.flip();
        return buffer.remaining() >= atLeast;
    }

    private static String zeroTerminated(byte[] bytes) {
        int end = 0;
        while (end < bytes.length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
    }

    private static String wideString(byte[] bytes) {
        int end = 0;
        while (end + 1 < bytes.length && (bytes[end] != 0 || bytes[end + 1] != 0)) {
            end += 2;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_16LE);
    }

    private static boolean isPrintableAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }

    private static String printable(byte[] bytes) {
        StringBuilder text = new StringBuilder("\"");
        for (byte b : bytes) {
            int c = b & 0xFF;
            text.append(c >= ' ' && c <= '~' ? String.valueOf((char) c) : String.format("\\x%02X", c));
        }
        return text.append('"').toString();
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // the original failure is the one worth reporting
        }
    }
}
