package org.photonledger.ui.scale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.photonledger.acquisition.measurement.MeasurementPlans;
import org.photonledger.acquisition.measurement.PlanParameters;
import org.photonledger.acquisition.rawstore.StoredRawData;
import org.photonledger.acquisition.timetag.TagList;
import org.photonledger.acquisition.timetag.TimeBase;
import org.photonledger.domain.audit.MetadataKeys;
import org.photonledger.domain.measurement.CompleteMeasurement;
import org.photonledger.domain.measurement.InstrumentSettings;
import org.photonledger.domain.measurement.InstrumentSnapshot;
import org.photonledger.domain.measurement.MeasurementId;
import org.photonledger.domain.measurement.MeasurementType;
import org.photonledger.domain.measurement.RawDataRecord;
import org.photonledger.domain.measurement.RecordRawData;
import org.photonledger.domain.measurement.Setting;
import org.photonledger.domain.measurement.StartMeasurement;
import org.photonledger.domain.protocol.Farrow2024Preparation;
import org.photonledger.domain.reagent.ReagentLotId;
import org.photonledger.domain.reagent.RegisterReagentLot;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.processing.store.LedgerDatabase;
import org.photonledger.ui.axon.ActorContext;
import org.photonledger.ui.axon.AxonRuntime;
import org.photonledger.ui.measurement.MeasurementService;
import org.photonledger.ui.reagent.StockPreload;

/**
 * Fills a database with a realistic lab history for scale tests, through the same commands a user's forms send:
 * reagent deliveries, then for each "unit" the paper's whole preparation (batch, EDTA treatment, size selection, PMMA,
 * mirrors, film, cavity) and a few time-resolved PL runs on its cavity, each with its own small raw data (T3 tags of
 * an exponential decay with a seeded lifetime, stored in the raw store) that the automatic analysis then fits into a
 * lifetime result. Seeded, so two runs with the same seed and writers build histories of the same shape. Refuses a
 * database that holds anything recorded by a person unless forced.
 */
@ApplicationScoped
public class LabHistoryGenerator {

    /** Runs per cavity. */
    static final int RUNS_PER_CAVITY = 3;
    /** Units that share one delivery of reagent lots (each delivery is 20× the paper's bottle sizes). */
    static final int UNITS_PER_DELIVERY = 10;
    static final int PHOTONS_PER_RUN = 4000;

    @Inject
    AxonRuntime axon;

    @Inject
    MeasurementService measurements;

    @Inject
    @LedgerDatabase
    DataSource db;

    /** What a generation did. */
    public record Summary(long events, long units, long measurements, Duration took, int writers) {

        public double eventsPerSecond() {
            return events / Math.max(1e-9, took.toNanos() / 1e9);
        }
    }

    /** Objects recorded by someone other than the system: a real lab's data, which generation must not mix with. */
    public long realObjects() {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM sample_view WHERE created_by <> ?")) {
            ps.setString(1, MetadataKeys.SYSTEM);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the lab objects: " + e.getMessage(), e);
        }
    }

    /**
     * Appends about {@code targetEvents} events (the automatic analysis adds its results after) with {@code writers}
     * concurrent writers, printing a progress bar to {@code out}.
     */
    public Summary generate(long targetEvents, int writers, long seed, boolean force, PrintStream out)
            throws Exception {
        if (targetEvents < 1) {
            throw new IllegalArgumentException("--events must be ≥ 1, got " + targetEvents);
        }
        if (writers < 1 || writers > 64) {
            throw new IllegalArgumentException("--writers must be in [1, 64], got " + writers);
        }
        long real = realObjects();
        if (real > 0 && !force) {
            throw new IllegalStateException("this database holds " + real + " lab objects recorded by people; "
                    + "generated history would mix with real records. Use an empty data directory, or --force");
        }
        long start = axon.headIndex();
        long goal = start + targetEvents;
        AtomicLong units = new AtomicLong();
        AtomicLong runs = new AtomicLong();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(writers, r -> {
            Thread t = new Thread(r, "generator");
            t.setDaemon(true);
            return t;
        });
        Progress progress = new Progress(out, targetEvents);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                SplittableRandom random = new SplittableRandom(seed * 1_000_003L + w);
                int writer = w;
                done.add(pool.submit(() -> {
                    ActorContext.runAs(MetadataKeys.SYSTEM, () -> {
                        Farrow2024Preparation.Lots lots = null;
                        for (long unit = 0; axon.headIndex() < goal; unit++) {
                            if (unit % UNITS_PER_DELIVERY == 0) {
                                lots = delivery(random, writer, unit);
                            }
                            unit(lots, random, units.incrementAndGet(), runs);
                            progress.show(axon.headIndex() - start);
                        }
                    });
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long appended = axon.headIndex() - start;
        progress.finish(appended);
        return new Summary(appended, units.get(), runs.get(), Duration.ofNanos(System.nanoTime() - t0), writers);
    }

    private Farrow2024Preparation.Lots delivery(SplittableRandom random, int writer, long unit) {
        List<ReagentLotId> ids = new ArrayList<>();
        LocalDate received = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1000));
        for (RegisterReagentLot paper : StockPreload.PAPER_REAGENTS) {
            ReagentLotId id = ReagentLotId.newId();
            ids.add(id);
            axon.send(new RegisterReagentLot(id, paper.chemicalName(), paper.casNumber(), paper.supplier(),
                    paper.catalogueNumber(), String.format(Locale.ROOT, "GEN-%d-%d-%04d", writer, unit,
                    random.nextInt(10_000)), paper.purity(), paper.grade(), Quantity.of(paper.amount().value()
                    * UNITS_PER_DELIVERY * 2, paper.amount().unit()), received, paper.storageLocation()));
        }
        // the paper's stock lists the lots in this order: cs2co3, pbi2, ode, oa, olam, meac, hexane, octane, toluene,
        // pmma, edta
        return new Farrow2024Preparation.Lots(ids.get(0), ids.get(3), ids.get(2), ids.get(1), ids.get(4), ids.get(5),
                ids.get(6), ids.get(7), ids.get(8), ids.get(10), ids.get(9));
    }

    private void unit(Farrow2024Preparation.Lots lots, SplittableRandom random, long unit, AtomicLong runs) {
        Farrow2024Preparation.Ids ids = Farrow2024Preparation.Ids.fresh();
        for (Object command : Farrow2024Preparation.commands(lots, ids, String.format(Locale.ROOT, "GEN-%06d", unit))) {
            axon.send(command);
        }
        for (int r = 0; r < RUNS_PER_CAVITY; r++) {
            trpl(ids, random);
            runs.incrementAndGet();
        }
    }

    /**
     * One TRPL run on the cavity: T3 tags at 5 MHz with 8 ps dtime units, decays with a lifetime drawn around the
     * paper's 12.7 ns in-cavity value, a 2 ns instrument delay and 2 % flat background.
     */
    private void trpl(Farrow2024Preparation.Ids ids, SplittableRandom random) {
        MeasurementId id = MeasurementId.newId();
        double periodPs = 200_000;
        double unitPs = 8;
        double tauPs = 11_000 + random.nextDouble() * 3_400;
        PlanParameters p = PlanParameters.resolve(MeasurementPlans.of(MeasurementType.TRPL).parameters(),
                java.util.Map.of("duration", "1 s", "binWidth", "100 ps"));
        InstrumentSnapshot snapshot = new InstrumentSnapshot("generated", List.of(
                new InstrumentSettings("laser", "pulsed-laser", "generated", List.of(
                        Setting.of("repetitionRate", Quantity.of(5, Unit.MEGAHERTZ)),
                        Setting.of("power", Quantity.of(0.3, Unit.MICROWATT)))),
                new InstrumentSettings("tagger", "time-tagger", "generated", List.of(
                        Setting.text("mode", "T3"), Setting.of("dtimeUnit", Quantity.of(unitPs, Unit.PICOSECOND)))),
                new InstrumentSettings("truth", "ground-truth", "generated", List.of(
                        Setting.of("lifetime", Quantity.of(tauPs / 1000, Unit.NANOSECOND))))));
        axon.send(new StartMeasurement(id, MeasurementType.TRPL, ids.cavity(), null, null, p.settings(),
                Quantity.of(1, Unit.SECOND), snapshot));
        TagList tags = new TagList(TimeBase.t3(periodPs, unitPs));
        long sync = 0;
        for (int i = 0; i < PHOTONS_PER_RUN; i++) {
            sync += 1 + random.nextInt(1000);
            double t = random.nextDouble() < 0.02 ? random.nextDouble() * periodPs
                    : 2_000 - tauPs * Math.log(1 - random.nextDouble());
            int dtime = (int) Math.min(periodPs / unitPs - 1, Math.floor(t / unitPs));
            tags.add((long) (sync * periodPs + dtime * unitPs), (short) 1, sync, dtime);
        }
        StoredRawData stored = measurements.rawStore().put(tags.source(), id.value());
        axon.send(new RecordRawData(id, new RawDataRecord(stored.id().sha256(), "pltags-v1", stored.bytes(),
                stored.tags(), List.of(new RawDataRecord.ChannelCount(1, PHOTONS_PER_RUN)),
                (long) (sync * periodPs), true)));
        axon.send(new CompleteMeasurement(id, List.of(Setting.text("photons",
                Integer.toString(PHOTONS_PER_RUN)))));
    }

    /** A text progress bar, redrawn at most every half second. */
    static final class Progress {

        private final PrintStream out;
        private final long total;
        private final long t0 = System.nanoTime();
        private long lastDraw;

        Progress(PrintStream out, long total) {
            this.out = out;
            this.total = total;
        }

        synchronized void show(long done) {
            long now = System.nanoTime();
            if (now - lastDraw < 500_000_000L) {
                return;
            }
            lastDraw = now;
            double share = Math.min(1, done / (double) total);
            int filled = (int) Math.round(share * 40);
            double seconds = (now - t0) / 1e9;
            out.printf(Locale.ROOT, "\r[%s%s] %5.1f %%  %,d / %,d events  %,.0f events/s   ", "#".repeat(filled),
                    ".".repeat(40 - filled), share * 100, done, total, done / Math.max(1e-9, seconds));
            out.flush();
        }

        synchronized void finish(long done) {
            lastDraw = 0;
            show(done);
            out.println();
        }
    }
}
