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
        return put(source, UUID.randomUUID().toString());
    }

    /**
     * Stores a whole source as {@link #put(TagSource)} does, writing meanwhile to a temporary file named after
     * {@code label} (e.g. a measurement id), so that after a crash the complete chunks written so far can be
     * {@linkplain #salvage recovered}. Each completed chunk is handed to the operating system at once, so a killed
     * process loses at most the chunk it was filling.
     */
    public StoredRawData put(TagSource source, String label) {
        TimeBase timeBase = source.timeBase();
        Path temporary = incoming(label);
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

    private Path incoming(String label) {
        if (!label.matches("[A-Za-z0-9._-]{1,100}")) {
            throw new IllegalArgumentException("raw-data label must be 1-100 letters, digits, '.', '_' or '-', got '"
                    + label + "'");
        }
        return root.resolve(".incoming-" + label + ".tmp");
    }

    /**
     * Recovers what a write under {@code label} had completed when its process died: the complete chunks of the
     * temporary file are stored as a proper (verified, content-addressed) file and the temporary file is removed.
     * Empty when there is no such file or it holds no complete chunk.
     */
    public java.util.Optional<StoredRawData> salvage(String label) {
        Path temporary = incoming(label);
        if (!Files.isRegularFile(temporary)) {
            return java.util.Optional.empty();
        }
        StoredRawData stored;
        try (RawTagReader partial = RawTagReader.openPartial(temporary)) {
            stored = put(partial);
        } catch (RawDataCorruptedException unreadableHeader) {
            deleteQuietly(temporary);
            return java.util.Optional.empty();
        }
        deleteQuietly(temporary);
        return stored.tags() == 0 ? java.util.Optional.empty() : java.util.Optional.of(stored);
    }

    /** Where a table (or other small blob) with this content hash is stored. */
    public Path pathOfBlob(RawDataId id, String extension) {
        return root.resolve(id.sha256().substring(0, 2)).resolve(id.sha256() + "." + extension);
    }

    /**
     * Stores a small blob (a CSV table of a spectrum or a scan) under its SHA-256, atomically, like tag streams.
     *
     * @param extension the file extension without the dot ("csv")
     */
    public StoredRawData putBlob(byte[] content, String extension) {
        if (!extension.matches("[a-z0-9]{1,10}")) {
            throw new IllegalArgumentException("extension must be 1-10 lower-case letters or digits, got '" + extension
                    + "'");
        }
        RawDataId id;
        try {
            id = RawDataId.of(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
        Path target = pathOfBlob(id, extension);
        Path temporary = root.resolve(".incoming-" + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(target.getParent());
            if (!Files.exists(target)) {
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE)) {
                    channel.write(java.nio.ByteBuffer.wrap(content));
                    channel.force(true);
                }
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException raced) {
                    Files.deleteIfExists(temporary);
                }
                forceDirectory(target.getParent());
            }
            return new StoredRawData(id, target, null, 0, Files.size(target));
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("cannot store raw data under " + root + ": " + e.getMessage(), e);
        }
    }

    /**
     * Keeps the latest partial content of a table being acquired under {@code label}, so that a crash loses at most
     * what came after the last checkpoint; {@link #salvageBlob} turns it into stored data at the next start.
     */
    public void checkpointBlob(String label, byte[] content) {
        Path checkpoint = incoming(label + ".blob");
        Path temporary = root.resolve(".incoming-" + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(root);
            Files.write(temporary, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(temporary, checkpoint, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("cannot checkpoint raw data under " + root + ": " + e.getMessage(), e);
        }
    }

    /** Removes a table checkpoint once the table is stored for good. */
    public void discardCheckpoint(String label) {
        deleteQuietly(incoming(label + ".blob"));
    }

    /** Stores the last checkpoint of a table acquired under {@code label}, if there is one, and removes it. */
    public java.util.Optional<StoredRawData> salvageBlob(String label, String extension) {
        Path checkpoint = incoming(label + ".blob");
        if (!Files.isRegularFile(checkpoint)) {
            return java.util.Optional.empty();
        }
        try {
            StoredRawData stored = putBlob(Files.readAllBytes(checkpoint), extension);
            deleteQuietly(checkpoint);
            return java.util.Optional.of(stored);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + checkpoint + ": " + e.getMessage(), e);
        }
    }

    /** Reads a stored blob and checks that it still hashes to its id. */
    public byte[] readBlob(RawDataId id, String extension) {
        Path file = pathOfBlob(id, extension);
        try {
            byte[] content = Files.readAllBytes(file);
            RawDataId actual = RawDataId.of(java.security.MessageDigest.getInstance("SHA-256").digest(content));
            if (!actual.equals(id)) {
                throw new RawDataCorruptedException(file, "its content hashes to " + actual + " but it is stored as "
                        + id);
            }
            return content;
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UncheckedIOException("no raw data " + id + " (no file " + file + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
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
            out.flush();
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
