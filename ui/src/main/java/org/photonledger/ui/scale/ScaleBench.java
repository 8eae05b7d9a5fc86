package org.photonledger.ui.scale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.photonledger.processing.measurement.MeasurementQueries;
import org.photonledger.processing.sample.SampleProjection;
import org.photonledger.processing.sample.SampleQueries;
import org.photonledger.processing.sample.SampleSearch;
import org.photonledger.processing.store.LedgerDatabase;
import org.photonledger.processing.store.SortOrder;
import org.photonledger.ui.axon.AxonRuntime;

/**
 * Read-side benchmarks on whatever history the database holds (fill it with {@code generate} first): lineage queries
 * forward (result → reagent lots) and reverse (lot → every result), the list and search pages, and a full replay of
 * the sample read model. Prints one table; latencies are wall-clock per call, after a warm-up, as percentiles.
 */
@ApplicationScoped
public class ScaleBench {

    @Inject
    AxonRuntime axon;

    @Inject
    SampleQueries samples;

    @Inject
    MeasurementQueries measurements;

    @Inject
    @LedgerDatabase
    DataSource db;

    /** One benchmark line. */
    public record Line(String what, int calls, double p50Ms, double p95Ms, double p99Ms, String note) {
    }

    public List<Line> run(int calls, boolean replay, PrintStream out) throws SQLException {
        return run(calls, replay, 0, out);
    }

    /**
     * The read benchmarks, the replay, and then (when {@code appendCommands} &gt; 0) command → event append throughput
     * with 1 and with 8 concurrent writers: each command registers one reagent lot (one event) through the command
     * bus, the aggregate's checks, the tamper-evidence chain and a commit, as a form post does. They add lots named
     * {@code BENCH-…} to the history, so they run last.
     */
    public List<Line> run(int calls, boolean replay, int appendCommands, PrintStream out) throws SQLException {
        List<Line> lines = new ArrayList<>();
        long events = axon.headIndex() + 1;
        List<String> results = ids("SELECT id FROM sample_view WHERE kind = 'Result' ORDER BY id", calls);
        List<String> lots = ids("SELECT id FROM sample_view WHERE kind = 'ReagentLot' ORDER BY id", calls);
        List<String> batches = ids("SELECT id FROM sample_view WHERE kind = 'SynthesisBatch' ORDER BY id", calls);
        out.printf(Locale.ROOT, "history: %,d events, %,d lab objects (%,d results, %,d reagent lots)%n", events,
                count("SELECT COUNT(*) FROM sample_view"), count("SELECT COUNT(*) FROM sample_view WHERE kind = 'Result'"),
                count("SELECT COUNT(*) FROM sample_view WHERE kind = 'ReagentLot'"));
        if (!results.isEmpty()) {
            lines.add(time("lineage forward: result → reagent lots", results, id -> samples.genealogy(id)
                    .orElseThrow(), "nodes per graph ≈ " + samples.genealogy(results.getFirst()).orElseThrow().nodes()
                    .size()));
        }
        if (!lots.isEmpty()) {
            lines.add(time("lineage reverse: reagent lot → results (page of 50)", lots,
                    id -> samples.descendants(id, "Result", 0, 50), "results per lot ≈ "
                            + samples.descendants(lots.getFirst(), "Result", 0, 1).total()));
        }
        if (!batches.isEmpty()) {
            lines.add(time("lineage reverse: batch → results (page of 50)", batches,
                    id -> samples.descendants(id, "Result", 0, 50), ""));
        }
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            pages.add(Integer.toString(i));
        }
        long objects = count("SELECT COUNT(*) FROM sample_view");
        lines.add(time("samples page 1 (newest 50)", pages, i -> samples.search(SampleSearch.all(), List.of(), 0, 50),
                ""));
        lines.add(time("samples page at a random depth (50)", pages, i -> samples.search(SampleSearch.all(), List.of(),
                (int) ((Integer.parseInt(i) * 7919L) % Math.max(1, objects - 50)), 50), "OFFSET paging"));
        lines.add(time("samples of one kind (Cavity), page 1", pages, i -> samples.search(SampleSearch.ofKind(
                "Cavity"), List.of(new SortOrder("createdAt", false)), 0, 50), ""));
        lines.add(time("samples text search (id/label contains)", pages, i -> samples.search(new SampleSearch(
                "gen-00" + (Integer.parseInt(i) % 90 + 10), null, null, null, null), List.of(), 0, 50),
                "LIKE '%…%': trigram indexes on PostgreSQL, a scan on H2"));
        lines.add(time("measurements page 1 (newest 50)", pages, i -> measurements.list(null, null, 0, 50), ""));
        lines.add(time("history of one object", batches.isEmpty() ? pages : batches, id -> samples.history(id, 100),
                ""));
        if (replay) {
            long t0 = System.nanoTime();
            axon.replay(SampleProjection.GROUP);
            long head = axon.headIndex();
            while (axon.processedUpTo(SampleProjection.GROUP) < head) {
                java.util.concurrent.locks.LockSupport.parkNanos(50_000_000L);
            }
            double s = (System.nanoTime() - t0) / 1e9;
            lines.add(new Line("full replay of the sample read model", 1, s * 1000, s * 1000, s * 1000,
                    String.format(Locale.ROOT, "%,d events in %.1f s = %,.0f events/s", head + 1, s, (head + 1) / s)));
        }
        if (appendCommands > 0) {
            for (int writers : new int[] {1, 8}) {
                lines.add(append(appendCommands, writers));
            }
        }
        out.println();
        out.printf(Locale.ROOT, "%-55s %7s %10s %10s %10s  %s%n", "benchmark", "calls", "p50 ms", "p95 ms", "p99 ms",
                "note");
        for (Line l : lines) {
            out.printf(Locale.ROOT, "%-55s %7d %10.2f %10.2f %10.2f  %s%n", l.what(), l.calls(), l.p50Ms(), l.p95Ms(),
                    l.p99Ms(), l.note());
        }
        return lines;
    }

    private Line append(int commands, int writers) {
        org.photonledger.domain.reagent.RegisterReagentLot paper = org.photonledger.ui.reagent.StockPreload.PAPER_REAGENTS
                .getFirst();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        double[] ms = new double[commands];
        long before = axon.headIndex();
        long t0 = System.nanoTime();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                done.add(pool.submit(() -> org.photonledger.ui.axon.ActorContext.runAs(
                        org.photonledger.domain.audit.MetadataKeys.SYSTEM, () -> {
                            for (int i = next.getAndIncrement(); i < commands; i = next.getAndIncrement()) {
                                long c0 = System.nanoTime();
                                axon.send(new org.photonledger.domain.reagent.RegisterReagentLot(
                                        org.photonledger.domain.reagent.ReagentLotId.newId(), paper.chemicalName(),
                                        paper.casNumber(), paper.supplier(), paper.catalogueNumber(), "BENCH-" + writers
                                        + "-" + i, paper.purity(), paper.grade(), paper.amount(), paper.receivedOn(),
                                        paper.storageLocation()));
                                ms[i] = (System.nanoTime() - c0) / 1e6;
                            }
                        })));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("append benchmark failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double s = (System.nanoTime() - t0) / 1e9;
        long appended = axon.headIndex() - before;
        Arrays.sort(ms);
        return new Line("append: command → event, " + writers + " writer" + (writers == 1 ? "" : "s"), commands,
                percentile(ms, 0.50), percentile(ms, 0.95), percentile(ms, 0.99), String.format(Locale.ROOT,
                        "%,d events in %.1f s = %,.0f events/s", appended, s, appended / s));
    }

    private static Line time(String what, List<String> ids, Consumer<String> call, String note) {
        for (int i = 0; i < Math.min(20, ids.size()); i++) {
            call.accept(ids.get(i)); // warm-up: JIT, connection pool, database caches
        }
        double[] ms = new double[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            long t0 = System.nanoTime();
            call.accept(ids.get(i));
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return new Line(what, ms.length, percentile(ms, 0.50), percentile(ms, 0.95), percentile(ms, 0.99), note);
    }

    /** The q-quantile of sorted values (nearest rank), NaN when there are none. */
    public static double percentile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    /** Up to {@code n} ids spread evenly over the table (every k-th row), so the sample is not just the oldest. */
    private List<String> ids(String sql, int n) throws SQLException {
        List<String> all = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                all.add(rs.getString(1));
            }
        }
        if (all.size() <= n) {
            return all;
        }
        List<String> picked = new ArrayList<>();
        double step = all.size() / (double) n;
        for (int i = 0; i < n; i++) {
            picked.add(all.get((int) (i * step)));
        }
        java.util.Collections.shuffle(picked, new java.util.Random(1));
        return picked;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String duration(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
