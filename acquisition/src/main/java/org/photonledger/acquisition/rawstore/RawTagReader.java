package org.photonledger.acquisition.rawstore;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.acquisition.timetag.TagMode;
import org.photonledger.acquisition.timetag.TagSource;
import org.photonledger.acquisition.timetag.TimeBase;

/**
 * Streams the tags of one raw-store file, decompressing chunk by chunk and re-hashing the canonical encoding; when
 * the stream ends the hash is compared with the id the file is stored under. A consumer that sees a
 * {@link RawDataCorruptedException}, even at the end, must discard what it computed from the stream.
 */
public final class RawTagReader implements TagSource {

    private static final int HEADER_BYTES = 8 + 1 + 8 + 8;

    private final Path file;
    private final RawDataId expected;
    private final DataInputStream in;
    private final TimeBase timeBase;
    private final TagChunkCodec codec;
    private final CanonicalTagEncoding canonical;
    private final long[] times = new long[TagChunkCodec.MAX_CHUNK_TAGS];
    private final short[] channels = new short[TagChunkCodec.MAX_CHUNK_TAGS];
    private final long[] syncs = new long[TagChunkCodec.MAX_CHUNK_TAGS];
    private final int[] dtimes = new int[TagChunkCodec.MAX_CHUNK_TAGS];
    private int chunkSize;
    private int chunkPosition;
    private long offset;
    private long tags;
    private boolean ended;
    private final boolean partial;

    private RawTagReader(Path file, RawDataId expected, DataInputStream in, boolean partial) throws IOException {
        this.file = file;
        this.expected = expected;
        this.in = in;
        this.partial = partial;
        byte[] magic = new byte[RawStore.MAGIC.length];
        readFully(magic, "the file header");
        if (!Arrays.equals(magic, RawStore.MAGIC)) {
            throw corrupt("it does not start with the raw-store magic \"PLRAWTG1\"");
        }
        int mode = in.readUnsignedByte();
        double global = in.readDouble();
        double resolution = in.readDouble();
        offset = HEADER_BYTES;
        if (mode != 2 && mode != 3) {
            throw corrupt("mode byte at offset 8 is " + mode + " (2 for T2, 3 for T3)");
        }
        try {
            this.timeBase = new TimeBase(mode == 2 ? TagMode.T2 : TagMode.T3, global, resolution);
        } catch (IllegalArgumentException e) {
            throw corrupt("its time base is invalid: " + e.getMessage());
        }
        this.codec = new TagChunkCodec(timeBase.mode());
        this.canonical = new CanonicalTagEncoding(timeBase);
    }

    static RawTagReader open(Path file, RawDataId expected) {
        return open(file, expected, false);
    }

    /**
     * Reads the complete chunks of a file whose writing was cut off (the process died): the stream ends cleanly at
     * the first missing or incomplete chunk, and nothing is verified against a hash, since there is none yet.
     */
    static RawTagReader openPartial(Path file) {
        return open(file, null, true);
    }

    private static RawTagReader open(Path file, RawDataId expected, boolean partial) {
        DataInputStream in;
        try {
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("no raw data " + expected + " (no file " + file + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file + ": " + e.getMessage(), e);
        }
        try {
            return new RawTagReader(file, expected, in, partial);
        } catch (EOFException e) {
            closeQuietly(in);
            throw new RawDataCorruptedException(file, "it ends inside the file header");
        } catch (IOException e) {
            closeQuietly(in);
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(in);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    public RawDataId id() {
        return expected;
    }

    @Override
    public TimeBase timeBase() {
        return timeBase;
    }

    @Override
    public boolean next(TagBlock block) {
        block.clear();
        try {
            while (!block.isFull()) {
                if (chunkPosition == chunkSize) {
                    if (ended || !readChunk()) {
                        break;
                    }
                }
                int n = Math.min(chunkSize - chunkPosition, block.capacity() - block.size());
                int at = block.size();
                System.arraycopy(times, chunkPosition, block.times(), at, n);
                System.arraycopy(channels, chunkPosition, block.channels(), at, n);
                System.arraycopy(syncs, chunkPosition, block.syncs(), at, n);
                System.arraycopy(dtimes, chunkPosition, block.dtimes(), at, n);
                block.setSize(at + n);
                chunkPosition += n;
            }
        } catch (EOFException e) {
            throw corrupt("it ends at byte " + offset + " before the end of the tag stream");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return block.size() > 0;
    }

    /** Reads the next chunk; at the end marker verifies the trailer and hash and returns false. */
    private boolean readChunk() throws IOException {
        if (partial) {
            try {
                return readChunkChecked();
            } catch (EOFException | RawDataCorruptedException cutOff) {
                ended = true;
                chunkSize = 0;
                chunkPosition = 0;
                return false;
            }
        }
        return readChunkChecked();
    }

    private boolean readChunkChecked() throws IOException {
        long chunkOffset = offset;
        int n = in.readInt();
        offset += 4;
        if (n == 0) {
            if (partial) {
                throw new EOFException("end marker in a partial file");
            }
            finish();
            return false;
        }
        if (n < 0 || n > TagChunkCodec.MAX_CHUNK_TAGS) {
            throw corrupt("chunk at byte " + chunkOffset + " claims " + n + " tags (1.." + TagChunkCodec.MAX_CHUNK_TAGS + ")");
        }
        int length = in.readInt();
        offset += 4;
        if (length < 1 || length > 24L * n + 4096) {
            throw corrupt("chunk at byte " + chunkOffset + " claims " + length + " bytes for " + n + " tags");
        }
        byte[] payload = new byte[length];
        in.readFully(payload);
        offset += length;
        try {
            codec.decode(payload, n, timeBase, times, channels, syncs, dtimes);
        } catch (BitReader.Malformed e) {
            throw corrupt("chunk at byte " + chunkOffset + " does not decode (" + e.getMessage() + ")");
        }
        canonical.update(times, channels, syncs, dtimes, 0, n);
        tags += n;
        chunkSize = n;
        chunkPosition = 0;
        return true;
    }

    private void finish() throws IOException {
        ended = true;
        chunkSize = 0;
        chunkPosition = 0;
        long count = in.readLong();
        byte[] stored = new byte[32];
        in.readFully(stored);
        offset += 40;
        if (in.read() >= 0) {
            throw corrupt("it has bytes after its trailer at byte " + offset);
        }
        if (count != tags) {
            throw corrupt("its trailer counts " + count + " tags but it holds " + tags);
        }
        RawDataId actual = canonical.id();
        if (!actual.equals(expected)) {
            throw corrupt("its tags hash to " + actual + " but it is stored as " + expected);
        }
        if (!HexFormat.of().formatHex(stored).equals(actual.sha256())) {
            throw corrupt("its trailer records the hash " + HexFormat.of().formatHex(stored) + " but its tags hash to "
                    + actual);
        }
    }

    private void readFully(byte[] bytes, String what) throws IOException {
        try {
            in.readFully(bytes);
        } catch (EOFException e) {
            throw corrupt("it ends inside " + what);
        }
    }

    private RawDataCorruptedException corrupt(String problem) {
        return new RawDataCorruptedException(file, problem);
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(DataInputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the original failure is the one worth reporting
        }
    }
}
