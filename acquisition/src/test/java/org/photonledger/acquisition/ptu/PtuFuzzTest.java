package org.photonledger.acquisition.ptu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.acquisition.ptu.PtuMutator.Mutation;
import org.photonledger.acquisition.ptu.PtuMutator.Seed;
import org.photonledger.acquisition.ptu.PtuMutator.TagAt;

/**
 * Seeded fuzzing of {@link PtuReader}: valid files of every record type the writer supports (and, read-only, the
 * public reference files when they are present) are truncated, flipped, zeroed and given corrupt header values,
 * and every case must either read (a flipped payload byte can leave a valid file) or be refused with a
 * {@link PtuFormatException} whose message names a byte inside the file. Nothing else may happen: no other
 * exception, no case running past its time budget, no allocation out of proportion to the file's size, and a file
 * that reads must give non-negative times (a corrupt overflow count must not wrap a time around).
 */
class PtuFuzzTest {

    private static final long SEED = 20261125L;
    private static final int CASES = 20_000;
    private static final int REFERENCE_CASES = 250;
    /** Per case; a healthy case takes well under a millisecond for the small files. */
    private static final long CASE_SECONDS = 5;

    @TempDir
    Path dir;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ptu-fuzz");
        t.setDaemon(true);
        return t;
    });

    /** Used by the worker only, one case after the other. */
    private final TagBlock block = new TagBlock(4096);

    /** Where the cases are written: memory-backed where the machine has it, since the cases are I/O-bound. */
    private Path scratch;

    @BeforeEach
    void scratchFolder() throws IOException {
        Path shm = Path.of("/dev/shm");
        scratch = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "ptu-fuzz") : dir;
    }

    @AfterEach
    void stopWorkerAndCleanUp() throws IOException {
        worker.shutdownNow();
        if (!scratch.equals(dir)) {
            try (var files = Files.list(scratch)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(scratch);
        }
    }

    enum Outcome { READ, REFUSED }

    /** Counts by mutation and outcome, printed at the end so the numbers can be quoted. */
    static final class Tally {
        final Map<Mutation, int[]> counts = new EnumMap<>(Mutation.class);
        int cases;

        void add(Mutation m, Outcome o) {
            counts.computeIfAbsent(m, k -> new int[Outcome.values().length])[o.ordinal()]++;
            cases++;
        }

        int total(Outcome o) {
            return counts.values().stream().mapToInt(c -> c[o.ordinal()]).sum();
        }

        String describe(String what) {
            StringBuilder s = new StringBuilder(String.format("PTU fuzz (%s, seed %d): %d cases, %d read, %d refused "
                    + "with PtuFormatException, 0 other outcomes%n", what, SEED, cases, total(Outcome.READ),
                    total(Outcome.REFUSED)));
            counts.forEach((m, c) -> s.append(String.format("  %-20s %6d read %6d refused%n", m, c[0], c[1])));
            return s.toString();
        }
    }

    @Test
    void mutated_files_of_every_record_type_are_read_or_refused_cleanly() throws Exception {
        // given one valid file per record type, with every kind of extended header tag
        List<Seed> seeds = new ArrayList<>();
        for (PtuRecordType type : PtuRecordType.values()) {
            seeds.add(writerSeed(type));
        }
        SplittableRandom random = new SplittableRandom(SEED);
        Tally tally = new Tally();
        Path file = scratch.resolve("case.ptu");
        long started = System.nanoTime();
        // when each case is mutated from a seed and read to its end
        for (int c = 0; c < CASES; c++) {
            Seed seed = seeds.get(random.nextInt(seeds.size()));
            Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
            byte[] bytes = PtuMutator.mutate(seed, mutation, random);
            Files.write(file, bytes);
            // then it is read or refused cleanly
            tally.add(mutation, readOrRefuse(file, bytes.length, "case " + c + " (" + mutation + " of " + seed.name() + ")"));
        }
        System.out.print(tally.describe(seeds.size() + " writer files, one per record type") + String.format(
                "  %.1f s%n", (System.nanoTime() - started) / 1e9));
        assertThat(tally.cases).isEqualTo(CASES);
        assertThat(tally.total(Outcome.READ)).as("some mutations leave a valid file").isPositive();
        for (Mutation m : Mutation.values()) {
            assertThat(tally.counts.get(m)[Outcome.REFUSED.ordinal()]).as("refusals after %s", m).isPositive();
        }
    }

    @Test
    void mutated_reference_files_are_read_or_refused_cleanly() throws Exception {
        // given the public example files, read in place (they are never copied into the repository)
        List<Seed> seeds = new ArrayList<>();
        for (String name : List.of("200213_HH400_T3_80MHz_HBT.ptu", "200204_HH400_T2_320MHz_HBT.ptu")) {
            Optional<Path> reference = ReferenceData.find(name);
            if (reference.isPresent()) {
                seeds.add(Seed.of(name, Files.readAllBytes(reference.get())));
            }
        }
        org.junit.jupiter.api.Assumptions.assumeFalse(seeds.isEmpty(), "no reference PTU files in shared/reference-data");
        SplittableRandom random = new SplittableRandom(SEED + 1);
        Tally tally = new Tally();
        Path file = scratch.resolve("reference-case.ptu");
        for (int c = 0; c < REFERENCE_CASES; c++) {
            Seed seed = seeds.get(c % seeds.size());
            Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
            byte[] bytes = PtuMutator.mutate(seed, mutation, random);
            Files.write(file, bytes);
            tally.add(mutation, readOrRefuse(file, bytes.length, "reference case " + c + " (" + mutation + " of "
                    + seed.name() + ")"));
        }
        System.out.print(tally.describe(seeds.size() + " reference files"));
        assertThat(tally.total(Outcome.REFUSED)).isPositive();
    }

    @Test
    void a_two_gigabyte_header_string_is_refused_before_anything_is_allocated() throws Exception {
        // given a comment tag that declares 2 GiB - 1 bytes in a file of a few hundred
        Seed seed = writerSeed(PtuRecordType.HYDRAHARP_V2_T3);
        TagAt comment = seed.tag("File_Comment").orElseThrow();
        byte[] bytes = seed.bytes().clone();
        PtuMutator.putLong(bytes, comment.offset() + 40, Integer.MAX_VALUE);
        Path file = dir.resolve("huge-string.ptu");
        Files.write(file, bytes);
        // when / then
        assertThat(readOrRefuse(file, bytes.length, "2 GiB comment")).isEqualTo(Outcome.REFUSED);
        assertThatThrownBy(() -> PtuCorruptionTest.readAll(file)).isInstanceOfSatisfying(PtuFormatException.class, e -> {
            assertThat(e.getMessage()).contains("File_Comment").contains("2147483647-byte");
            assertThat(e.byteOffset()).isEqualTo(comment.offset() + 40);
        });
    }

    @Test
    void overflow_records_that_would_wrap_the_time_around_are_refused_at_the_record() throws Exception {
        // given a HydraHarp T2 file (1 ps ticks) of overflow records of the largest count, (2^25 − 1) × 2^25 ticks
        // each: the 8193rd passes 2^63 ps
        int[] records = new int[10_000];
        Arrays.fill(records, 0xFE000000 | 0x1FFFFFF);
        records[records.length - 1] = 5;
        byte[] header = PtuBytes.header(0x01010204, 1e-12, 1e-12, records.length).toByteArray();
        Path file = dir.resolve("overflow-storm.ptu");
        Files.write(file, PtuBytes.startingWith(header).records(records).toByteArray());
        // when / then
        assertThatThrownBy(() -> PtuCorruptionTest.readAll(file)).isInstanceOfSatisfying(PtuFormatException.class, e -> {
            assertThat(e.getMessage()).contains("record 8192 at byte " + (header.length + 4 * 8192))
                    .contains("an overflow that brings the overflows so far beyond");
            assertThat(e.byteOffset()).isEqualTo(header.length + 4 * 8192);
        });
    }

    // --- running one case ---

    /** Reads {@code file} to its end on the worker thread, within the time and allocation budget. */
    private Outcome readOrRefuse(Path file, long length, String what) throws InterruptedException {
        Future<Outcome> result = worker.submit(() -> {
            long before = allocatedBytes();
            Outcome outcome;
            try (PtuReader reader = PtuReader.open(file)) {
                while (reader.next(block)) {
                    for (int i = 0; i < block.size(); i++) {
                        if (block.times()[i] < 0) {
                            throw new AssertionError(what + ": read a negative time " + block.times()[i] + " ps (tag "
                                    + i + " of a block ending at record " + reader.recordsRead() + ")");
                        }
                    }
                }
                outcome = Outcome.READ;
            } catch (PtuFormatException e) {
                // plain checks: AssertJ's descriptions would cost more than the case itself
                String message = e.getMessage();
                if (message == null || message.isBlank() || !message.contains(file.toString()) || !message.contains("byte")) {
                    throw new AssertionError(what + ": the message does not name the file and a byte: " + message, e);
                }
                if (e.byteOffset() < 0 || e.byteOffset() > length) {
                    throw new AssertionError(what + ": byte offset " + e.byteOffset() + " is outside the " + length
                            + "-byte file: " + message, e);
                }
                outcome = Outcome.REFUSED;
            }
            long allocated = allocatedBytes() - before;
            // the header's payloads and the record buffer are bounded by the file, the block by its capacity
            long budget = 4 * length + (4 << 20);
            if (allocated > budget) {
                throw new AssertionError(what + " allocated " + allocated + " bytes for a " + length + "-byte file");
            }
            return outcome;
        });
        try {
            return result.get(CASE_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new AssertionError(what + " did not finish within " + CASE_SECONDS + " s (an endless loop?)");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AssertionError a) {
                throw a;
            }
            throw new AssertionError(what + " threw " + e.getCause() + " instead of a PtuFormatException", e.getCause());
        }
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private Seed writerSeed(PtuRecordType type) throws IOException {
        return PtuMutator.writerSeed(type, SEED + type.ordinal(), dir);
    }
}
