package org.photonledger.acquisition.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.photonledger.acquisition.rawstore.RawStore;
import org.photonledger.acquisition.rawstore.StoredRawData;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.acquisition.timetag.TagSource;
import org.photonledger.acquisition.timetag.TimeBase;

/**
 * Ingests a long measurement into the raw store as the runner does (streaming, chunked, hashed, fsynced): two Poisson
 * channels at {@code RATE} per channel for {@code SECONDS} of lab time, 1 ps resolution. Prints tags/s, bytes/tag and
 * the heap in use, sampled every 2 s, so "memory stays flat" is a number. Arguments: DIR SECONDS [RATE_PER_CHANNEL].
 * One hour at 2 × 275 kcps is about 2 G tags.
 */
public final class RawIngestMain {

    private RawIngestMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: RawIngestMain DIR SECONDS [RATE_PER_CHANNEL]");
            System.exit(2);
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        double seconds = Double.parseDouble(args[1]);
        double rate = args.length > 2 ? Double.parseDouble(args[2]) : 275_000;
        long tags = Math.round(seconds * 2 * rate);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long[] maxHeap = {0};
        long[] samples = {0};
        PoissonTags poisson = new PoissonTags(11, rate, tags);
        long t0 = System.nanoTime();
        long[] seen = {0};
        TagSource counting = new TagSource() {
            private long lastReport = System.nanoTime();

            @Override
            public TimeBase timeBase() {
                return poisson.timeBase();
            }

            @Override
            public boolean next(TagBlock block) {
                boolean more = poisson.next(block);
                seen[0] += block.size();
                long now = System.nanoTime();
                if (now - lastReport > 2_000_000_000L || !more) {
                    lastReport = now;
                    long used = memory.getHeapMemoryUsage().getUsed();
                    maxHeap[0] = Math.max(maxHeap[0], used);
                    samples[0]++;
                    System.out.printf(Locale.ROOT, "%8.1f s  %,15d tags  %5.1f %%  heap in use %6.1f MB%n",
                            (now - t0) / 1e9, seen[0], 100.0 * seen[0] / tags, used / 1e6);
                }
                return more;
            }

            @Override
            public void close() {
            }
        };
        StoredRawData stored = new RawStore(dir).put(counting, "ingest-bench");
        double took = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%nlab time %.0f s at 2 × %.0f tags/s: %,d tags stored in %.1f s = %,.0f tags/s "
                + "(%.1f × real time), %,d bytes = %.3f bytes/tag, heap in use at most %.1f MB over %d samples, "
                + "-Xmx %d MB%n", seconds, rate, stored.tags(), took, stored.tags() / took, seconds / took,
                stored.bytes(), stored.bytesPerTag(), maxHeap[0] / 1e6, samples[0],
                Runtime.getRuntime().maxMemory() / 1_000_000);
        Files.deleteIfExists(stored.file());
    }
}
