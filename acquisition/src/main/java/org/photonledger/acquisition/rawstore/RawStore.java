package org.photonledger.acquisition.rawstore;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.acquisition.timetag.TagMode;
import org.photonledger.acquisition.timetag.TagSource;
import org.photonledger.acquisition.timetag.TimeBase;

/**
 * Content-addressed, compressed, verified storage of tag streams under a root directory (the data directory's
 * {@code raw} folder).
 *
 * <p>A stream is stored as {@code <root>/<first two hex digits>/<sha256>.pltags}, where the SHA-256 is that of the
 * stream's {@link CanonicalTagEncoding}, so identical data is stored once and a file's name proves its content.
 * Writing goes to a temporary file in the root, which is forced to disk and then atomically renamed into place;
 * a failed or interrupted write leaves no file under a data name (and the temporary file is deleted). Reading
 * ({@link #open}) streams the tags back block by block and re-hashes them; a file whose content does not match its
 * name, or does not decode, is refused with a {@link RawDataCorruptedException} naming the file.
 *
 * <p>File layout (big-endian): {@code "PLRAWTG1"}, mode (1 byte, 2 or 3), global resolution and resolution in ps
 * (doubles), then chunks of at most 65 536 tags — tag count (int32), payload length (int32), payload compressed by
 * {@code TagChunkCodec} — then a zero tag count, the total number of tags (int64) and the SHA-256 (32 bytes).
 */
public final class RawStore {

    public static final String EXTENSION = ".pltags";
    static final byte[] MAGIC = "PLRAWTG1".getBytes(StandardCharsets.US_ASCII);

    private final Path root;

    public RawStore(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** Where the stream with this id is (or would be) stored. */
    public Path pathOf(RawDataId id) {
        return root.resolve(id.sha256().substring(0, 2)).resolve(id.sha256() + EXTENSION);
    }

    public boolean contains(RawDataId id) {
        return Files.isRegularFile(pathOf(id));
    }

    /**
     * Stores a whole source and returns its id. T3 tags are stored as sync index and dtime, so each tag's time
     * must be the one its time base gives (it is for every stream read from a PTU file).
     */
    public StoredRawData put(TagSource source) {
        TimeBase timeBase = source.timeBase();
        Path temporary = root.resolve(".incoming-" + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(root);
            long tags;
            RawDataId id;
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel),
                        1 << 16));
                ChunkWriter writer = new ChunkWriter(timeBase, out);
                writer.writeHeader();
                TagBlock block = new TagBlock();
                while (source.next(block)) {
                    writer.accept(block);
                }
                writer.finish();
                out.flush();
                channel.force(true);
                tags = writer.tags;
                id = writer.id;
            }
            Path target = pathOf(id);
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                Files.delete(temporary);
            } else {
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException raced) {
                    Files.deleteIfExists(temporary);
                }
                forceDirectory(target.getParent());
                forceDirectory(root);
            }
            return new StoredRawData(id, target, timeBase, tags, Files.size(target));
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("cannot store raw data under " + root + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(temporary);
            throw e;
        }
    }

    /** Streams a stored file back; the content is verified against the id when the stream ends. */
    public RawTagReader open(RawDataId id) {
        return RawTagReader.open(pathOf(id), id);
    }

    /** Reads a stored file completely and checks that it decodes and hashes to its id. */
    public StoredRawData verify(RawDataId id) {
        try (RawTagReader reader = open(id)) {
            TagBlock block = new TagBlock();
            long tags = 0;
            while (reader.next(block)) {
                tags += block.size();
            }
            return new StoredRawData(id, reader.file(), reader.timeBase(), tags, Files.size(reader.file()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pathOf(id) + ": " + e.getMessage(), e);
        }
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException ignored) {
            // not every platform can sync a directory; the data file itself has been forced
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover ".incoming-*.tmp" is never taken for data
        }
    }

    /** Buffers tags into chunks, compresses them and hashes their canonical encoding. */
    private static final class ChunkWriter {
        private final TimeBase timeBase;
        private final DataOutputStream out;
        private final TagChunkCodec codec;
        private final CanonicalTagEncoding canonical;
        private final long[] times = new long[TagChunkCodec.MAX_CHUNK_TAGS];
        private final short[] channels = new short[TagChunkCodec.MAX_CHUNK_TAGS];
        private final long[] syncs = new long[TagChunkCodec.MAX_CHUNK_TAGS];
        private final int[] dtimes = new int[TagChunkCodec.MAX_CHUNK_TAGS];
        private int size;
        private long tags;
        private RawDataId id;

        ChunkWriter(TimeBase timeBase, DataOutputStream out) {
            this.timeBase = timeBase;
            this.out = out;
            this.codec = new TagChunkCodec(timeBase.mode());
            this.canonical = new CanonicalTagEncoding(timeBase);
        }

        void writeHeader() throws IOException {
            out.write(MAGIC);
            out.writeByte(timeBase.mode() == TagMode.T2 ? 2 : 3);
            out.writeDouble(timeBase.globalResolutionPs());
            out.writeDouble(timeBase.resolutionPs());
        }

        void accept(TagBlock block) throws IOException {
            boolean t3 = timeBase.mode() == TagMode.T3;
            for (int i = 0; i < block.size(); i++) {
                if (t3) {
                    check(block, i);
                }
                times[size] = block.times()[i];
                channels[size] = block.channels()[i];
                syncs[size] = block.syncs()[i];
                dtimes[size] = block.dtimes()[i];
                if (++size == TagChunkCodec.MAX_CHUNK_TAGS) {
                    writeChunk();
                }
            }
        }

        private void check(TagBlock block, int i) {
            int dtime = block.dtimes()[i];
            long expected = dtime < 0 ? Long.MIN_VALUE : timeBase.t3TimePs(block.syncs()[i], dtime);
            if (block.times()[i] != expected) {
                throw new IllegalArgumentException("cannot store T3 tag " + (tags + size) + ": its time "
                        + block.times()[i] + " ps is not the time of sync " + block.syncs()[i] + " plus dtime " + dtime
                        + " (" + (dtime < 0 ? "negative dtime" : expected + " ps") + "); T3 tags are stored as sync and dtime");
            }
        }

        private void writeChunk() throws IOException {
            byte[] payload = codec.encode(times, channels, syncs, dtimes, size);
            out.writeInt(size);
            out.writeInt(payload.length);
            out.write(payload);
            canonical.update(times, channels, syncs, dtimes, 0, size);
            tags += size;
            size = 0;
        }

        void finish() throws IOException {
            if (size > 0) {
                writeChunk();
            }
            id = canonical.id();
            out.writeInt(0);
            out.writeLong(tags);
            out.write(HexFormat.of().parseHex(id.sha256()));
        }
    }
}
