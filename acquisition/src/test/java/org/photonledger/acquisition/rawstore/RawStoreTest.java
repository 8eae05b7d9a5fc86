package org.photonledger.acquisition.rawstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.photonledger.acquisition.ptu.PtuReader;
import org.photonledger.acquisition.ptu.PtuRecordType;
import org.photonledger.acquisition.ptu.PtuWriter;
import org.photonledger.acquisition.ptu.ReferenceData;
import org.photonledger.acquisition.timetag.SyntheticStreams;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.acquisition.timetag.TagList;
import org.photonledger.acquisition.timetag.TagMode;
import org.photonledger.acquisition.timetag.TagSource;
import org.photonledger.acquisition.timetag.TimeBase;

class RawStoreTest {

    @TempDir
    Path root;

    static TagList read(TagSource source) {
        try (source) {
            return TagList.of(source);
        }
    }

    static TagList randomT2(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        TagList tags = new TagList(TimeBase.t2(1));
        long t = random.nextLong(-1L << 40, 1L << 40);
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(50);
            // mostly forward steps, some zero, some huge gaps, and markers a little out of order
            t += kind == 0 ? random.nextLong(1L << 50) : kind == 1 ? -random.nextInt(5000) : random.nextInt(3_000_000);
            short channel = kind == 2 ? TagBlock.SYNC : kind == 3 ? TagBlock.marker(1 + random.nextInt(15))
                    : (short) random.nextInt(kind == 4 ? 64 : 2);
            tags.add(t, channel);
        }
        return tags;
    }

    static TagList randomT3(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        TagList tags = new TagList(TimeBase.t3(12_495.520355952392, 16));
        long sync = random.nextLong(1L << 30);
        for (int i = 0; i < n; i++) {
            sync += random.nextInt(40) == 0 ? random.nextLong(1L << 40) : random.nextInt(300);
            boolean marker = random.nextInt(30) == 0;
            tags.addT3(marker ? TagBlock.marker(4) : (short) random.nextInt(4), sync, marker ? 0 : random.nextInt(32768));
        }
        return tags;
    }

    @Property(tries = 60)
    void streams_round_trip_exactly_whatever_their_content_and_split(@ForAll long seed,
                                                                     @ForAll @IntRange(min = 0, max = 200_000) int n,
                                                                     @ForAll boolean t3) throws IOException {
        // given
        TagList tags = t3 ? randomT3(seed, n) : randomT2(seed, n);
        // (jqwik properties get no @TempDir, so this one makes and removes its own)
        Path dir = Files.createTempDirectory("photonledger-rawstore");
        try {
            RawStore store = new RawStore(dir);
            SplittableRandom split = new SplittableRandom(seed);
            // when
            StoredRawData stored = store.put(tags.source(() -> 1 + split.nextInt(5000)));
            TagList back = read(store.open(stored.id()));
            // then
            assertThat(back.sameTagsAs(tags)).isTrue();
            assertThat(back.timeBase()).isEqualTo(tags.timeBase());
            assertThat(stored.tags()).isEqualTo(n);
            assertThat(stored.id()).isEqualTo(CanonicalTagEncoding.idOf(tags.source()));
            assertThat(stored.file()).isEqualTo(store.pathOf(stored.id())).exists();
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Test
    void the_id_is_the_sha256_of_the_documented_canonical_encoding() throws Exception {
        // given two T2 tags, encoded by hand as the class documents it
        TagList tags = new TagList(TimeBase.t2(1));
        tags.add(5, (short) 1);
        tags.add(-7, TagBlock.marker(2));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
        out.writeBytes("photonledger-tags/1");
        out.writeByte(0);
        out.writeByte(2);
        out.writeDouble(1.0);
        out.writeDouble(1.0);
        out.writeShort(1);
        out.writeLong(5);
        out.writeShort(-3);
        out.writeLong(-7);
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray());
        // when / then
        assertThat(CanonicalTagEncoding.idOf(tags.source())).isEqualTo(RawDataId.of(digest));
        assertThat(new RawStore(root).put(tags.source()).id()).isEqualTo(RawDataId.of(digest));
    }

    @Test
    void storing_the_same_tags_twice_keeps_one_file_and_no_temporary_files() throws IOException {
        TagList tags = randomT2(7, 10_000);
        RawStore store = new RawStore(root);
        StoredRawData first = store.put(tags.source(() -> 100));
        StoredRawData second = store.put(tags.source(() -> 3333));
        assertThat(second.id()).isEqualTo(first.id());
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile).toList()).containsExactly(first.file());
        }
        assertThat(first.file().getParent().getFileName()).hasToString(first.id().sha256().substring(0, 2));
        assertThat(first.file().getFileName()).hasToString(first.id().sha256() + ".pltags");
    }

    @Test
    void a_failing_source_leaves_nothing_behind() throws IOException {
        TagList tags = randomT2(8, 100_000);
        TagSource source = tags.source();
        TagSource failing = new TagSource() {
            int blocks;

            @Override
            public TimeBase timeBase() {
                return source.timeBase();
            }

            @Override
            public boolean next(TagBlock block) {
                if (++blocks == 3) {
                    throw new IllegalStateException("detector unplugged");
                }
                return source.next(block);
            }
        };
        assertThatThrownBy(() -> new RawStore(root).put(failing)).hasMessage("detector unplugged");
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile).toList()).isEmpty();
        }
    }

    @Test
    void t3_tags_whose_time_is_not_their_sync_and_dtime_are_refused() {
        TagList tags = new TagList(TimeBase.t3(10_000, 16));
        tags.add(123, (short) 0, 1, 2);
        assertThatThrownBy(() -> new RawStore(root).put(tags.source()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("T3 tag 0").hasMessageContaining("10032 ps");
    }

    @Test
    void a_corrupted_file_is_refused_with_its_name() throws IOException {
        RawStore store = new RawStore(root);
        StoredRawData stored = store.put(randomT2(9, 50_000).source());
        long size = Files.size(stored.file());
        SplittableRandom random = new SplittableRandom(42);
        int refused = 0;
        for (int c = 0; c < 100; c++) {
            byte[] original = Files.readAllBytes(stored.file());
            try (RandomAccessFile file = new RandomAccessFile(stored.file().toFile(), "rw")) {
                long at = random.nextLong(size);
                file.seek(at);
                int old = file.read();
                file.seek(at);
                file.write(old ^ (1 << random.nextInt(8)));
            }
            // every single bit flip is detected: as undecodable, or as a hash mismatch at the end
            assertThatThrownBy(() -> store.verify(stored.id()))
                    .isInstanceOf(RawDataCorruptedException.class)
                    .hasMessageContaining(stored.file().toString());
            refused++;
            Files.write(stored.file(), original);
        }
        assertThat(refused).isEqualTo(100);
        assertThat(store.verify(stored.id()).tags()).isEqualTo(50_000);
    }

    @Test
    void a_file_whose_content_is_another_streams_is_refused_as_a_hash_mismatch() throws IOException {
        RawStore store = new RawStore(root);
        StoredRawData a = store.put(randomT2(10, 1000).source());
        StoredRawData b = store.put(randomT2(11, 1000).source());
        Files.copy(b.file(), a.file(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(() -> store.verify(a.id()))
                .isInstanceOf(RawDataCorruptedException.class)
                .hasMessageContaining("hash to " + b.id())
                .hasMessageContaining("stored as " + a.id());
    }

    @Test
    void a_truncated_file_is_refused_and_a_missing_one_is_named() throws IOException {
        RawStore store = new RawStore(root);
        StoredRawData stored = store.put(randomT3(12, 70_000).source());
        byte[] bytes = Files.readAllBytes(stored.file());
        for (int cut : List.of(0, 5, 20, 40, bytes.length / 2, bytes.length - 33, bytes.length - 1)) {
            Files.write(stored.file(), java.util.Arrays.copyOf(bytes, cut));
            assertThatThrownBy(() -> store.verify(stored.id())).as("cut at %d", cut)
                    .isInstanceOf(RawDataCorruptedException.class).hasMessageContaining(stored.file().toString());
        }
        Files.delete(stored.file());
        assertThatThrownBy(() -> store.open(stored.id())).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("no raw data " + stored.id());
    }

    @Test
    void a_two_channel_250_kcps_stream_at_1_ps_needs_at_most_3_2_bytes_per_tag() {
        // given 4 s of two independent 250 k/s Poisson streams with 1 ps resolution (2 M tags)
        TagList tags = SyntheticStreams.poisson(2026, 4e12, 250_000, 250_000);
        // when
        StoredRawData stored = new RawStore(root).put(tags.source());
        // then
        System.out.printf("raw store: %d tags, %d bytes, %.3f bytes/tag (2 channels x 250 kcps, 1 ps)%n",
                stored.tags(), stored.bytes(), stored.bytesPerTag());
        assertThat(stored.tags()).isBetween(1_995_000L, 2_005_000L);
        assertThat(stored.bytesPerTag()).isLessThanOrEqualTo(3.2);
    }

    @ParameterizedTest
    @EnumSource(value = PtuRecordType.class, names = {"HYDRAHARP_V2_T2", "HYDRAHARP_V2_T3", "PICOHARP_T3"})
    void ptu_to_store_to_ptu_gives_the_same_tags(PtuRecordType type) throws IOException {
        // given a PTU file
        TagList tags = type.mode() == TagMode.T2 ? randomT2ForPtu(13, 100_000) : randomT3ForPtu(type, 13, 100_000);
        Path original = root.resolve("original.ptu");
        PtuWriter.write(original, type, tags.source(), List.of());
        // when stored and written back as PTU
        RawStore store = new RawStore(root.resolve("raw"));
        StoredRawData stored;
        try (PtuReader reader = PtuReader.open(original)) {
            stored = store.put(reader);
        }
        Path copy = root.resolve("copy.ptu");
        try (RawTagReader reader = store.open(stored.id())) {
            PtuWriter.write(copy, type, reader, PtuReader.readHeader(original).tags());
        }
        // then
        TagList before;
        TagList after;
        try (PtuReader a = PtuReader.open(original); PtuReader b = PtuReader.open(copy)) {
            before = TagList.of(a);
            after = TagList.of(b);
        }
        assertThat(after.sameTagsAs(before)).isTrue();
        assertThat(after.sameTagsAs(tags)).isTrue();
        assertThat(Files.mismatch(original, copy)).isEqualTo(-1);
    }

    @Test
    void the_real_hydraharp_files_survive_ptu_to_store_to_ptu() throws IOException {
        for (String name : List.of("200213_HH400_T3_80MHz_HBT.ptu", "200204_HH400_T2_320MHz_HBT.ptu")) {
            Path original = ReferenceData.file(name);
            RawStore store = new RawStore(root.resolve("raw"));
            StoredRawData stored;
            PtuRecordType type;
            try (PtuReader reader = PtuReader.open(original)) {
                type = reader.recordType();
                stored = store.put(reader);
            }
            Path copy = root.resolve(name);
            try (RawTagReader reader = store.open(stored.id())) {
                PtuWriter.write(copy, type, reader, PtuReader.readHeader(original).tags());
            }
            try (PtuReader a = PtuReader.open(original); PtuReader b = PtuReader.open(copy)) {
                assertThat(TagList.of(b).sameTagsAs(TagList.of(a))).as(name).isTrue();
            }
            System.out.printf("raw store: %s: %d tags in %d bytes (%.3f bytes/tag; PTU %d bytes)%n", name,
                    stored.tags(), stored.bytes(), stored.bytesPerTag(), Files.size(original));
        }
    }

    static TagList randomT2ForPtu(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        TagList tags = new TagList(TimeBase.t2(1));
        long t = 0;
        for (int i = 0; i < n; i++) {
            t += random.nextInt(100) == 0 ? random.nextLong(1L << 36) : random.nextInt(4_000_000);
            int kind = random.nextInt(20);
            tags.add(t, kind == 0 ? TagBlock.SYNC : kind == 1 ? TagBlock.marker(9) : (short) random.nextInt(4));
        }
        return tags;
    }

    static TagList randomT3ForPtu(PtuRecordType type, long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        TagList tags = new TagList(TimeBase.t3(12_495.520355952392, type == PtuRecordType.PICOHARP_T3 ? 4 : 16));
        long sync = 0;
        for (int i = 0; i < n; i++) {
            sync += random.nextInt(100) == 0 ? random.nextLong(1L << 24) : random.nextInt(200);
            boolean marker = random.nextInt(20) == 0;
            tags.addT3(marker ? TagBlock.marker(3) : (short) (type.minChannel() + random.nextInt(4)), sync,
                    marker ? 0 : random.nextInt(type.maxDtime() + 1));
        }
        return tags;
    }

    @Test
    void after_a_crash_the_complete_chunks_of_a_write_are_salvaged_as_verified_data() throws IOException {
        // given a write that a crash would cut off: the temporary file as it was on disk midway
        TagList tags = randomT2(7, 300_000);
        RawStore store = new RawStore(root);
        Path crashCopy = root.resolve("crash-copy");
        TagSource watching = new TagSource() {
            private final TagSource inner = tags.source();
            private long seen;

            @Override
            public TimeBase timeBase() {
                return inner.timeBase();
            }

            @Override
            public boolean next(TagBlock block) {
                boolean more = inner.next(block);
                seen += block.size();
                if (seen >= 200_000 && !Files.exists(crashCopy)) {
                    try {
                        Files.copy(root.resolve(".incoming-run-1.tmp"), crashCopy);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                return more;
            }
        };
        store.put(watching, "run-1");
        Files.move(crashCopy, root.resolve(".incoming-run-2.tmp"));
        // when
        StoredRawData salvaged = store.salvage("run-2").orElseThrow();
        // then every complete chunk is kept, in order, as a proper verified file, and the temporary file is gone
        assertThat(salvaged.tags() % TagChunkCodec.MAX_CHUNK_TAGS).isZero();
        assertThat(salvaged.tags()).isBetween(131_072L, 200_000L);
        TagList back = read(store.open(salvaged.id()));
        TagList prefix = new TagList(tags.timeBase());
        for (int i = 0; i < salvaged.tags(); i++) {
            prefix.add(tags.time(i), tags.channel(i));
        }
        assertThat(back.sameTagsAs(prefix)).isTrue();
        assertThat(store.verify(salvaged.id()).tags()).isEqualTo(salvaged.tags());
        assertThat(Files.exists(root.resolve(".incoming-run-2.tmp"))).isFalse();
        assertThat(store.salvage("run-2")).isEmpty();
    }

    @Test
    void tables_are_stored_by_content_hash_and_checkpoints_become_data_after_a_crash() {
        // given
        RawStore store = new RawStore(root);
        byte[] csv = "angle_deg,counts\n0,100\n10,90\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // when
        StoredRawData stored = store.putBlob(csv, "csv");
        store.checkpointBlob("run-3", "angle_deg,counts\n0,100\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        StoredRawData salvaged = store.salvageBlob("run-3", "csv").orElseThrow();
        // then
        assertThat(stored.id().sha256()).isEqualTo(java.util.HexFormat.of().formatHex(sha256(csv)));
        assertThat(store.readBlob(stored.id(), "csv")).isEqualTo(csv);
        assertThat(store.putBlob(csv, "csv").id()).isEqualTo(stored.id());
        assertThat(new String(store.readBlob(salvaged.id(), "csv"), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("angle_deg,counts\n0,100\n");
        assertThat(store.salvageBlob("run-3", "csv")).isEmpty();
    }

    private static byte[] sha256(byte[] content) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_changed_table_is_refused_when_read() throws IOException {
        // given
        RawStore store = new RawStore(root);
        StoredRawData stored = store.putBlob("x,y\n1,2\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "csv");
        // when
        Files.writeString(store.pathOfBlob(stored.id(), "csv"), "x,y\n1,3\n");
        // then
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.readBlob(stored.id(), "csv"))
                .isInstanceOf(RawDataCorruptedException.class).hasMessageContaining("hashes to");
    }
}
