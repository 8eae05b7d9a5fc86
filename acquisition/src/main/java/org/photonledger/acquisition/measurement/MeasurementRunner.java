package org.photonledger.acquisition.measurement;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.photonledger.acquisition.instrument.InstrumentSet;
import org.photonledger.acquisition.rawstore.RawStore;
import org.photonledger.acquisition.rawstore.StoredRawData;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.acquisition.timetag.TagSource;
import org.photonledger.acquisition.timetag.TagStatistics;
import org.photonledger.acquisition.timetag.TimeBase;
import org.photonledger.domain.measurement.AbortMeasurement;
import org.photonledger.domain.measurement.CompleteMeasurement;
import org.photonledger.domain.measurement.FailMeasurement;
import org.photonledger.domain.measurement.InstrumentSnapshot;
import org.photonledger.domain.measurement.MarkMeasurementInterrupted;
import org.photonledger.domain.measurement.MeasurementId;
import org.photonledger.domain.measurement.MeasurementStatus;
import org.photonledger.domain.measurement.MeasurementType;
import org.photonledger.domain.measurement.RawDataRecord;
import org.photonledger.domain.measurement.RecordRawData;
import org.photonledger.domain.measurement.Setting;
import org.photonledger.domain.measurement.StartMeasurement;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.domain.validation.FieldErrors;

/**
 * Turns "start measurement" into data on one instrument set: checks the parameters, sets the instruments up, takes
 * the snapshot, records the start, then acquires on a worker thread — tags stream through the live view into the
 * raw-data store — and records the raw data and the end (completed, aborted with the user's reason, or failed with
 * the instrument's message; the data taken before an early end is always stored and recorded). One run at a time.
 *
 * <p>{@code speed} paces the acquisition: 1 runs in real time (a 10 s run takes 10 s, as at the real set-up),
 * 0 as fast as the instruments deliver (a simulated lab then runs far faster than real time).
 */
public final class MeasurementRunner {

    private static final String PLTAGS = "pltags-v1";
    private static final String CSV = "csv";
    private static final int KEEP_RECENT = 20;
    /** Live-view and pacing granularity in acquisition time (50 ms): about the console's redraw interval. */
    private static final long SLICE_PS = 50_000_000_000L;

    private final InstrumentSet set;
    private final RawStore store;
    private final double speed;
    private final Clock clock;
    private final AtomicReference<LiveRun> current = new AtomicReference<>();
    private final Map<MeasurementId, LiveRun> recent = new LinkedHashMap<>();

    public MeasurementRunner(InstrumentSet set, RawStore store, double speed, Clock clock) {
        if (!(speed >= 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be 0 (as fast as possible) or positive, got " + speed);
        }
        this.set = set;
        this.store = store;
        this.speed = speed;
        this.clock = clock;
    }

    public InstrumentSet instrumentSet() {
        return set;
    }

    /** The run in progress on this set, if any. */
    public Optional<LiveRun> current() {
        return Optional.ofNullable(current.get()).filter(LiveRun::running);
    }

    /** A run started by this runner since the application started (the last few are kept). */
    public synchronized Optional<LiveRun> run(MeasurementId id) {
        return Optional.ofNullable(recent.get(id));
    }

    /**
     * Starts a run and returns once its start is recorded; the acquisition goes on in the background.
     *
     * @throws org.photonledger.domain.validation.InvalidInputException bad parameters, or the domain refused
     * @throws InstrumentSetBusyException another run is in progress
     * @throws org.photonledger.acquisition.instrument.InstrumentException an instrument refused a setting
     */
    public LiveRun start(MeasurementRequest request, CommandSink sink) {
        return start(request, sink, speed);
    }

    /**
     * Starts a run paced at {@code pace} × real time instead of the runner's own speed (0: as fast as the instruments
     * deliver) — for runs nobody watches live, such as the demo lab's; everything else is as {@link #start}.
     */
    public LiveRun start(MeasurementRequest request, CommandSink sink, double pace) {
        if (!(pace >= 0) || Double.isInfinite(pace)) {
            throw new IllegalArgumentException("pace must be 0 (as fast as possible) or positive, got " + pace);
        }
        MeasurementPlan plan = MeasurementPlans.of(request.type());
        if (plan == null) {
            throw org.photonledger.domain.validation.InvalidInputException.of("type", request.type(),
                    "is required: one of " + List.of(MeasurementType.values()).stream().map(MeasurementType::slug)
                            .toList());
        }
        PlanParameters parameters = PlanParameters.resolve(plan.parameters(), request.parameters());
        Quantity duration = plan.duration(parameters);
        LiveRun run = new LiveRun(request.measurementId(), request.type(), clock.instant(), duration.in(Unit.SECOND));
        if (!current.compareAndSet(null, run)) {
            LiveRun busy = current.get();
            if (busy != null && !busy.running()) {
                current.compareAndSet(busy, null);
                return start(request, sink, pace);
            }
            throw new InstrumentSetBusyException("instrument set " + set.name() + " is busy with measurement "
                    + (busy == null ? "?" : busy.id() + " (" + busy.type().title() + ", started " + busy.startedAt()
                    + ", " + Math.round(busy.progress() * 100) + " % done)") + "; stop it or wait until it ends");
        }
        try {
            set.mount(request.specimen());
            if (request.position() != null) {
                set.stage().moveTo(request.position());
            }
            if (request.cavityLength() != null) {
                set.cavityPiezo().setLength(request.cavityLength());
            }
            plan.configure(set, parameters);
            InstrumentSnapshot snapshot = set.snapshot();
            sink.send(new StartMeasurement(request.measurementId(), request.type(), request.cavityId(),
                    request.filmId(), request.cavityId() == null ? request.position() : null, parameters.settings(),
                    duration, snapshot));
        } catch (RuntimeException refused) {
            current.compareAndSet(run, null);
            idle();
            throw refused;
        }
        synchronized (this) {
            recent.put(run.id(), run);
            while (recent.size() > KEEP_RECENT) {
                recent.remove(recent.keySet().iterator().next());
            }
        }
        Thread worker = new Thread(() -> acquire(plan, parameters, duration, run, sink, pace),
                "measurement-" + request.measurementId());
        worker.setDaemon(true);
        worker.start();
        return run;
    }

    /**
     * Asks the run to stop; it ends as aborted with this reason once the data so far is stored, recorded through
     * {@code sink} (as the user who stopped it).
     */
    public void abort(MeasurementId id, String reason, CommandSink sink) {
        new FieldErrors().required("reason", reason == null || reason.isBlank() ? null : reason)
                .maxLength("reason", reason, 2000).throwIfAny();
        LiveRun run = current.get();
        if (run == null || !run.id().equals(id) || !run.running()) {
            throw org.photonledger.domain.validation.InvalidInputException.of("measurementId", id,
                    "is not running on " + set.name());
        }
        run.requestStop(reason.strip(), sink);
    }

    /**
     * Marks a run found unfinished at start-up as interrupted, after storing and recording what its acquisition had
     * written (the complete chunks of its tag stream, or its table's last checkpoint).
     */
    public Optional<StoredRawData> recoverInterrupted(MeasurementId id, MeasurementType type, CommandSink sink) {
        Optional<StoredRawData> kept = type.rawDataKind() == MeasurementType.RawDataKind.TIME_TAGS
                ? store.salvage(id.value()) : store.salvageBlob(id.value(), CSV);
        kept.ifPresent(stored -> sink.send(new RecordRawData(id, type.rawDataKind()
                == MeasurementType.RawDataKind.TIME_TAGS ? tagRecord(stored, statistics(stored), false)
                : new RawDataRecord(stored.id().sha256(), CSV, stored.bytes(), rows(stored), List.of(), 0, false))));
        sink.send(new MarkMeasurementInterrupted(id, "the application stopped while the measurement was running; "
                + kept.map(s -> "the " + (s.tags() > 0 ? s.tags() + " tags" : "table") + " written until then "
                + "were kept").orElse("no raw data had been written yet")));
        return kept;
    }

    private TagStatistics statistics(StoredRawData stored) {
        TagStatistics statistics = new TagStatistics();
        try (var reader = store.open(stored.id())) {
            TagBlock block = new TagBlock();
            while (reader.next(block)) {
                statistics.accept(block);
            }
        }
        return statistics;
    }

    private long rows(StoredRawData stored) {
        String csv = new String(store.readBlob(stored.id(), CSV), StandardCharsets.UTF_8);
        return Math.max(0, csv.lines().count() - 1);
    }

    private void acquire(MeasurementPlan plan, PlanParameters parameters, Quantity duration, LiveRun run,
            CommandSink sink, double pace) {
        try {
            RuntimeException failure = switch (plan) {
                case TagPlan tags -> acquireTags(tags, parameters, duration, run, sink, pace);
                case TablePlan table -> acquireTable(table, parameters, duration, run, sink, pace);
            };
            if (failure != null) {
                String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
                sink.send(new FailMeasurement(run.id(), message));
                run.end(MeasurementStatus.FAILED, message);
            } else if (run.stopRequested()) {
                run.stopSink().send(new AbortMeasurement(run.id(), run.stopReason()));
                run.end(MeasurementStatus.ABORTED, run.stopReason());
            } else {
                run.progress(1, run.records());
                sink.send(new CompleteMeasurement(run.id(), summary(run)));
                run.end(MeasurementStatus.COMPLETED, null);
            }
        } catch (RuntimeException e) {
            // the ledger itself refused or failed: the run cannot be recorded further; it shows as failed here and as
            // interrupted after the next start
            run.end(MeasurementStatus.FAILED, "could not record the run: " + e.getMessage());
        } catch (Error e) {
            // an internal error (a class changed under the running app, out of memory…) must not leave the run
            // "running" for ever with the instrument set locked: it is recorded as failed, with what happened
            String message = "the acquisition stopped on an internal error: " + e;
            try {
                sink.send(new FailMeasurement(run.id(), message));
            } catch (RuntimeException | Error ignored) {
                // cannot be recorded now; the run shows as failed here and as interrupted after the next start
            }
            run.end(MeasurementStatus.FAILED, message);
        } finally {
            idle();
            current.compareAndSet(run, null);
        }
    }

    private List<Setting> summary(LiveRun run) {
        List<Setting> summary = new ArrayList<>();
        summary.add(Setting.of("records", run.records()));
        summary.add(Setting.of("wallTime", Duration.between(run.startedAt(), clock.instant()).toMillis() / 1000.0, "s"));
        run.countRates().forEach((channel, rate) -> summary.add(Setting.of("rate.channel" + channel, rate, "s⁻¹")));
        return summary;
    }

    private RuntimeException acquireTags(TagPlan plan, PlanParameters parameters, Quantity duration, LiveRun run,
            CommandSink sink, double speed) {
        long durationPs = Math.round(duration.in(Unit.PICOSECOND));
        TagSource source;
        TagPlan.LiveView view;
        try {
            source = plan.acquire(set, parameters);
            view = plan.view(parameters, source.timeBase());
        } catch (RuntimeException e) {
            return e;
        }
        run.previewFrom(view::preview);
        Pacer pacer = new Pacer(speed);
        TagStatistics statistics = new TagStatistics();
        RateWindow rates = new RateWindow();
        RuntimeException[] failure = new RuntimeException[1];
        TagBlock slice = new TagBlock();
        TagSource tee = new TagSource() {
            @Override
            public TimeBase timeBase() {
                return source.timeBase();
            }

            @Override
            public boolean next(TagBlock block) {
                if (run.stopRequested() || failure[0] != null) {
                    block.clear();
                    return false;
                }
                boolean more;
                try {
                    more = source.next(block);
                } catch (RuntimeException e) {
                    failure[0] = e;
                    block.clear();
                    return false;
                }
                if (more) {
                    if (speed == 0) {
                        watch(block);
                    } else {
                        // at low rates one block spans seconds: feed and pace it in slices, so the picture moves
                        // smoothly and a stop is answered at once
                        int n = block.size();
                        int from = 0;
                        while (from < n) {
                            long sliceEnd = block.times()[from] + SLICE_PS;
                            int to = from + 1;
                            while (to < n && block.times()[to] < sliceEnd) {
                                to++;
                            }
                            slice.clear();
                            for (int i = from; i < to; i++) {
                                slice.addFrom(block, i);
                            }
                            watch(slice);
                            if (!run.stopRequested()) {
                                pacer.pace(slice.times()[slice.size() - 1] / 1e12);
                            }
                            from = to;
                        }
                    }
                }
                return more;
            }

            private void watch(TagBlock tags) {
                view.accept(tags);
                statistics.accept(tags);
                long last = tags.times()[tags.size() - 1];
                rates.accept(tags, last, run);
                run.progress((double) last / durationPs, statistics.tags());
                if (speed == 0) {
                    pacer.pace(last / 1e12);
                }
            }

            @Override
            public void close() {
                source.close();
            }
        };
        StoredRawData stored;
        try (tee) {
            stored = store.put(tee, run.id().value());
        } catch (RuntimeException e) {
            return failure[0] != null ? failure[0] : e;
        }
        run.stored(stored.id().sha256());
        boolean complete = failure[0] == null && !run.stopRequested();
        sink.send(new RecordRawData(run.id(), tagRecord(stored, statistics, complete)));
        return failure[0];
    }

    private static RawDataRecord tagRecord(StoredRawData stored, TagStatistics statistics, boolean complete) {
        List<RawDataRecord.ChannelCount> counts = new ArrayList<>();
        long durationPs = 0;
        if (statistics != null) {
            statistics.photonCounts().forEach((channel, n) -> counts.add(new RawDataRecord.ChannelCount(channel, n)));
            durationPs = Math.max(0, statistics.durationPs());
        }
        return new RawDataRecord(stored.id().sha256(), PLTAGS, stored.bytes(), stored.tags(), counts, durationPs,
                complete);
    }

    private RuntimeException acquireTable(TablePlan plan, PlanParameters parameters, Quantity duration, LiveRun run,
            CommandSink sink, double speed) {
        double seconds = duration.in(Unit.SECOND);
        TablePlan.Run table;
        try {
            table = plan.start(set, parameters);
        } catch (RuntimeException e) {
            return e;
        }
        run.previewFrom(table::preview);
        Pacer pacer = new Pacer(speed);
        RuntimeException failure = null;
        Instant lastCheckpoint = clock.instant();
        try {
            boolean more = true;
            while (more && !run.stopRequested()) {
                more = table.step();
                run.progress(table.progress(), table.rows());
                pacer.pace(table.progress() * seconds);
                if (Duration.between(lastCheckpoint, clock.instant()).toMillis() > 2000) {
                    store.checkpointBlob(run.id().value(), table.csv().getBytes(StandardCharsets.UTF_8));
                    lastCheckpoint = clock.instant();
                }
            }
        } catch (RuntimeException e) {
            failure = e;
        }
        StoredRawData stored = store.putBlob(table.csv().getBytes(StandardCharsets.UTF_8), CSV);
        store.discardCheckpoint(run.id().value());
        run.stored(stored.id().sha256());
        sink.send(new RecordRawData(run.id(), new RawDataRecord(stored.id().sha256(), CSV, stored.bytes(),
                table.rows(), List.of(), Math.round(table.progress() * seconds * 1e12),
                failure == null && !run.stopRequested())));
        return failure;
    }

    private void idle() {
        try {
            set.cwLaser().setEnabled(false);
            set.pulsedLaser().setEnabled(false);
        } catch (RuntimeException ignored) {
            // switching the lasers off is a courtesy to the sample; a set that cannot says so on the next run
        }
    }

    /** Holds acquisition back to {@code speed} × real time (not at all for speed 0). */
    private static final class Pacer {
        private final long startNanos = System.nanoTime();
        private final double speed;

        Pacer(double speed) {
            this.speed = speed;
        }

        void pace(double acquiredSeconds) {
            if (speed == 0) {
                return;
            }
            long dueNanos = startNanos + (long) (acquiredSeconds / speed * 1e9);
            long wait = dueNanos - System.nanoTime();
            if (wait > 1_000_000) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** Photons per second per channel over the last ~0.2 s of acquisition time. */
    private static final class RateWindow {
        private static final long WINDOW_PS = 200_000_000_000L;
        private final Map<Integer, Long> counts = new java.util.HashMap<>();
        private long windowStart = Long.MIN_VALUE;

        void accept(TagBlock block, long lastPs, LiveRun run) {
            if (windowStart == Long.MIN_VALUE) {
                windowStart = block.times()[0];
            }
            for (int i = 0; i < block.size(); i++) {
                short channel = block.channels()[i];
                if (TagBlock.isPhoton(channel)) {
                    counts.merge((int) channel, 1L, Long::sum);
                }
            }
            long span = lastPs - windowStart;
            if (span >= WINDOW_PS) {
                Map<Integer, Double> rates = new java.util.HashMap<>();
                counts.forEach((channel, n) -> rates.put(channel, n / (span / 1e12)));
                run.rates(rates);
                counts.clear();
                windowStart = lastPs;
            }
        }
    }
}
