package org.photonledger.acquisition.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.photonledger.acquisition.correlator.CorrelationSpec;
import org.photonledger.acquisition.correlator.CrossCorrelator;
import org.photonledger.acquisition.ptu.PtuReader;
import org.photonledger.acquisition.ptu.PtuRecordType;
import org.photonledger.acquisition.ptu.PtuWriter;
import org.photonledger.acquisition.rawstore.RawStore;
import org.photonledger.acquisition.rawstore.StoredRawData;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.acquisition.timetag.TagSource;
import org.photonledger.acquisition.timetag.TimeBase;

/**
 * Throughput of the time-tag engine in tags per second (one operation = one tag): PTU decoding, g² correlation
 * of in-memory blocks, decoding plus correlation from a file, and raw-store writing and reading. Streams are two
 * Poisson channels at {@code rate} counts/s each, 1 ps resolution; g² uses ±100 ns in 100 ps bins.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 4)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class TimeTagBenchmarks {

    static final int TAGS = 4_000_000;

    @Param({"250000", "1000000", "5000000"})
    public double rate;

    private Path dir;
    private Path ptu;
    private List<TagBlock> blocks;
    private RawStore store;
    private StoredRawData stored;
    private CorrelationSpec spec;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("photonledger-bench");
        ptu = dir.resolve("bench.ptu");
        PtuWriter.write(ptu, PtuRecordType.HYDRAHARP_V2_T2, new PoissonTags(7, rate, TAGS), List.of());
        blocks = new ArrayList<>();
        PoissonTags source = new PoissonTags(7, rate, TAGS);
        TagBlock block = new TagBlock();
        while (source.next(block)) {
            blocks.add(block);
            block = new TagBlock();
        }
        store = new RawStore(dir.resolve("raw"));
        stored = store.put(new PoissonTags(7, rate, TAGS));
        spec = new CorrelationSpec(0, 1, 100, 100_000, 0);
        System.out.printf("%nraw store at %.0f counts/s per channel: %.3f bytes/tag; PTU: %.3f bytes/tag%n", rate,
                stored.bytesPerTag(), (double) Files.size(ptu) / TAGS);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(TAGS)
    public long decodePtu() {
        long tags = 0;
        try (PtuReader reader = PtuReader.open(ptu)) {
            TagBlock block = new TagBlock();
            while (reader.next(block)) {
                tags += block.size();
            }
        }
        return tags;
    }

    @Benchmark
    @OperationsPerInvocation(TAGS)
    public long correlateInMemory() {
        CrossCorrelator correlator = new CrossCorrelator(spec);
        for (TagBlock block : blocks) {
            correlator.accept(block);
        }
        return correlator.result().total();
    }

    @Benchmark
    @OperationsPerInvocation(TAGS)
    public long decodeAndCorrelate() {
        try (PtuReader reader = PtuReader.open(ptu)) {
            return CrossCorrelator.correlate(reader, spec).total();
        }
    }

    @Benchmark
    @OperationsPerInvocation(TAGS)
    public long rawStoreRead() {
        long tags = 0;
        try (TagSource reader = store.open(stored.id())) {
            TagBlock block = new TagBlock();
            while (reader.next(block)) {
                tags += block.size();
            }
        }
        return tags;
    }

    @Benchmark
    @OperationsPerInvocation(TAGS)
    public long rawStoreWrite() throws IOException {
        RawStore fresh = new RawStore(Files.createTempDirectory(dir, "w"));
        List<TagBlock> source = blocks;
        StoredRawData written = fresh.put(new TagSource() {
            int next;

            @Override
            public TimeBase timeBase() {
                return TimeBase.t2(1);
            }

            @Override
            public boolean next(TagBlock block) {
                block.clear();
                if (next == source.size()) {
                    return false;
                }
                TagBlock from = source.get(next++);
                System.arraycopy(from.times(), 0, block.times(), 0, from.size());
                System.arraycopy(from.channels(), 0, block.channels(), 0, from.size());
                block.setSize(from.size());
                return true;
            }
        });
        Files.delete(written.file());
        return written.tags();
    }
}
