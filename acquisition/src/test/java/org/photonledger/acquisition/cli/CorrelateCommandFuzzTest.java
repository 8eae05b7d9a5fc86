package org.photonledger.acquisition.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photonledger.acquisition.ptu.PtuMutator;
import org.photonledger.acquisition.ptu.PtuMutator.Mutation;
import org.photonledger.acquisition.ptu.PtuMutator.Seed;
import org.photonledger.acquisition.ptu.PtuRecordType;
import picocli.CommandLine;

/**
 * Corrupt PTU files through the {@code correlate} command as a user runs it (picocli's {@code execute}, every
 * mode, with and without JSON): the run either succeeds or ends with exit code 2 and exactly one line on stderr
 * that names the problem; never a stack trace, another exit code, a run past its time budget or an allocation far
 * beyond what the tiny file could justify.
 */
class CorrelateCommandFuzzTest {

    private static final long SEED = 20261126L;
    private static final int CASES = 1500;
    private static final long CASE_SECONDS = 10;
    /** A corrupt 15 kB file may ask for wide histograms, but never for hundreds of megabytes. */
    private static final long ALLOCATION_BUDGET = 256L << 20;

    @TempDir
    Path dir;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "correlate-fuzz");
        t.setDaemon(true);
        return t;
    });

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    record Run(int exitCode, String out, String err, long allocatedBytes) {
    }

    @Test
    void corrupt_files_end_in_a_result_or_one_clear_line_with_exit_code_2() throws Exception {
        // given a valid file of each record family
        List<Seed> seeds = new ArrayList<>();
        for (PtuRecordType type : List.of(PtuRecordType.HYDRAHARP_V2_T2, PtuRecordType.HYDRAHARP_V2_T3,
                PtuRecordType.PICOHARP_T2, PtuRecordType.PICOHARP_T3, PtuRecordType.HYDRAHARP_V1_T3)) {
            seeds.add(PtuMutator.writerSeed(type, SEED + type.ordinal(), dir));
        }
        SplittableRandom random = new SplittableRandom(SEED);
        Path file = dir.resolve("corrupt.ptu");
        int succeeded = 0;
        int refused = 0;
        for (int c = 0; c < CASES; c++) {
            Seed seed = seeds.get(random.nextInt(seeds.size()));
            Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
            Files.write(file, PtuMutator.mutate(seed, mutation, random));
            List<String> args = new ArrayList<>(List.of(file.toString(), "--mode",
                    List.of("g2", "lifetime", "rate").get(random.nextInt(3))));
            if (random.nextBoolean()) {
                args.add("--json");
            }
            String what = "case " + c + " (" + mutation + " of " + seed.name() + "): correlate " + String.join(" ", args);
            // when
            Run run = run(what, args.toArray(String[]::new));
            // then
            if (run.exitCode() == 0) {
                succeeded++;
            } else {
                assertThat(run.exitCode()).as("%s: %s", what, run.err()).isEqualTo(CorrelateCommand.USAGE);
                assertThat(run.err().lines().toList()).as(what).hasSize(1);
                assertThat(run.err()).as(what).startsWith("photonledger correlate: ").doesNotContain("\tat ")
                        .doesNotContain("Exception");
                refused++;
            }
            assertThat(run.allocatedBytes()).as("%s allocated %d bytes", what, run.allocatedBytes())
                    .isLessThan(ALLOCATION_BUDGET);
        }
        System.out.printf("correlate fuzz (seed %d): %d corrupt files, %d results, %d refused with exit code 2 "
                + "and one line%n", SEED, CASES, succeeded, refused);
        assertThat(succeeded + refused).isEqualTo(CASES);
        assertThat(refused).isPositive();
        assertThat(succeeded).isPositive();
    }

    @Test
    void a_truncated_file_a_wrong_magic_and_a_huge_header_string_each_give_one_line() throws IOException {
        // given
        Seed seed = PtuMutator.writerSeed(PtuRecordType.HYDRAHARP_V2_T3, SEED, dir);
        Path truncated = dir.resolve("truncated.ptu");
        Files.write(truncated, java.util.Arrays.copyOf(seed.bytes(), seed.bytes().length - 6));
        Path text = dir.resolve("text.ptu");
        Files.writeString(text, "time,counts\n1,2\n3,4\n");
        byte[] huge = seed.bytes().clone();
        java.nio.ByteBuffer.wrap(huge).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .putLong(seed.tag("File_Comment").orElseThrow().offset() + 40, Integer.MAX_VALUE);
        Path hugeString = dir.resolve("huge-string.ptu");
        Files.write(hugeString, huge);
        // when / then
        assertOneLine(CorrelateCommandTest.run(truncated.toString()), "file is truncated");
        assertOneLine(CorrelateCommandTest.run(text.toString(), "--json"), "not a PTU file");
        assertOneLine(CorrelateCommandTest.run(hugeString.toString(), "--mode", "lifetime"), "2147483647-byte");
    }

    private static void assertOneLine(CorrelateCommandTest.Run run, String problem) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(CorrelateCommand.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).hasSize(1);
        assertThat(run.err()).startsWith("photonledger correlate: ").contains(problem).doesNotContain("\tat ");
    }

    private Run run(String what, String... args) throws InterruptedException {
        Future<Run> result = worker.submit(() -> {
            long before = allocatedBytes();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = new CommandLine(new CorrelateCommand());
            cli.setOut(new PrintWriter(out));
            cli.setErr(new PrintWriter(err));
            int code = cli.execute(args);
            return new Run(code, out.toString(), err.toString(), allocatedBytes() - before);
        });
        try {
            return result.get(CASE_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new AssertionError(what + " did not finish within " + CASE_SECONDS + " s");
        } catch (ExecutionException e) {
            throw new AssertionError(what + " threw " + e.getCause(), e.getCause());
        }
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
