package org.photonledger.ui.measurement;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.photonledger.acquisition.instrument.InstrumentSet;
import org.photonledger.acquisition.measurement.CommandSink;
import org.photonledger.acquisition.measurement.LiveRun;
import org.photonledger.acquisition.measurement.MeasurementPlans;
import org.photonledger.acquisition.measurement.MeasurementRequest;
import org.photonledger.acquisition.measurement.MeasurementRunner;
import org.photonledger.acquisition.measurement.ParameterSpec;
import org.photonledger.acquisition.rawstore.RawStore;
import org.photonledger.acquisition.simlab.SimulatedLab;
import org.photonledger.domain.audit.MetadataKeys;
import org.photonledger.domain.cavity.CavityId;
import org.photonledger.domain.film.FilmId;
import org.photonledger.domain.measurement.AbortMeasurement;
import org.photonledger.domain.measurement.MeasurementId;
import org.photonledger.domain.measurement.MeasurementType;
import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.validation.InvalidInputException;
import org.photonledger.processing.measurement.MeasurementQueries;
import org.photonledger.processing.measurement.MeasurementRow;
import org.photonledger.processing.store.Page;
import org.photonledger.ui.axon.ActorContext;
import org.photonledger.ui.axon.AxonRuntime;

/**
 * What the console and the REST API may do with measurements: start a run on the lab's instrument set as the current
 * user, stop it with a reason, watch it live, list finished runs and reach their raw data. At start-up, runs the last
 * process left running are marked interrupted, keeping what they had written.
 */
@ApplicationScoped
public class MeasurementService {

    private static final Logger LOG = Logger.getLogger(MeasurementService.class);
    private static final Duration READ_YOUR_WRITE = Duration.ofSeconds(10);

    @Inject
    AxonRuntime axon;

    @Inject
    MeasurementQueries queries;

    @Inject
    MeasurementTargets targets;

    @Inject
    org.photonledger.processing.sample.SampleQueries samples;

    @Inject
    @org.photonledger.processing.store.LedgerDatabase
    javax.sql.DataSource ledger;

    @ConfigProperty(name = "photonledger.data-dir")
    String dataDir;

    @ConfigProperty(name = "photonledger.lab.seed", defaultValue = "20240101")
    long seed;

    @ConfigProperty(name = "photonledger.lab.speed", defaultValue = "1")
    double speed;

    /** A recorded PTU file to play through the instrument ports instead of the simulated lab (real data, same path). */
    @ConfigProperty(name = "photonledger.lab.replay")
    Optional<String> replay;

    private volatile MeasurementRunner runner;
    private volatile RawStore store;

    /** How often a running measurement's heartbeat file is touched, and after how long without it a run is lost. */
    static final Duration HEARTBEAT = Duration.ofSeconds(2);
    static final Duration LOST_AFTER = Duration.ofSeconds(20);

    private final java.util.concurrent.ScheduledExecutorService heartbeat = java.util.concurrent.Executors
            .newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "measurement-heartbeat");
                t.setDaemon(true);
                return t;
            });

    void onStart(@Observes @Priority(30) StartupEvent event) {
        runner();
        recoverInterrupted();
        heartbeat.scheduleWithFixedDelay(this::beat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(),
                java.util.concurrent.TimeUnit.MILLISECONDS);
        // an instance that dies for good leaves its run "running"; any other instance notices the silence
        heartbeat.scheduleWithFixedDelay(this::recoverQuietly, LOST_AFTER.toSeconds(), LOST_AFTER.toSeconds(),
                java.util.concurrent.TimeUnit.SECONDS);
    }

    void onStop(@Observes io.quarkus.runtime.ShutdownEvent event) {
        heartbeat.shutdownNow();
    }

    /**
     * Marks this instance's running measurement as alive: a row in the shared database, refreshed every
     * {@link #HEARTBEAT}. Another instance starting up (or checking later) leaves a run with a fresh heartbeat alone
     * instead of taking it for a crash leftover; on the same machine it asks the owner's process directly.
     */
    private void beat() {
        try (java.sql.Connection c = ledger.getConnection()) {
            String running = runner().current().map(run -> run.id().value()).orElse(null);
            if (lastBeat != null && !lastBeat.equals(running)) {
                try (var ps = c.prepareStatement("DELETE FROM run_heartbeat WHERE measurement_id = ?")) {
                    ps.setString(1, lastBeat); // that run ended here
                    ps.executeUpdate();
                }
            }
            lastBeat = running;
            if (running != null) {
                java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
                int updated;
                try (var ps = c.prepareStatement(
                        "UPDATE run_heartbeat SET owner = ?, beat_at = ? WHERE measurement_id = ?")) {
                    ps.setString(1, OWNER);
                    ps.setTimestamp(2, now);
                    ps.setString(3, running);
                    updated = ps.executeUpdate();
                }
                if (updated == 0) {
                    try (var ps = c.prepareStatement(
                            "INSERT INTO run_heartbeat (measurement_id, owner, beat_at) VALUES (?, ?, ?)")) {
                        ps.setString(1, running);
                        ps.setString(2, OWNER);
                        ps.setTimestamp(3, now);
                        ps.executeUpdate();
                    }
                }
            }
        } catch (java.sql.SQLException | RuntimeException e) {
            LOG.warnf("measurement heartbeat failed: %s", e.getMessage());
        }
    }

    private volatile String lastBeat;

    /** This process as a heartbeat names it: "pid@host". */
    private static final String OWNER = ProcessHandle.current().pid() + "@" + host();

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "unknown-host";
        }
    }

    /** Whether another instance is still running this measurement: it started moments ago or its heartbeat is fresh. */
    private boolean aliveElsewhere(MeasurementRow row) {
        java.time.Instant now = java.time.Instant.now();
        try (java.sql.Connection c = ledger.getConnection(); var ps = c.prepareStatement(
                "SELECT owner, beat_at FROM run_heartbeat WHERE measurement_id = ?")) {
            ps.setString(1, row.id());
            try (var rs = ps.executeQuery()) {
                if (!rs.next()) {
                    // no beat yet: a run another instance started moments ago
                    return row.startedAt() != null && row.startedAt().isAfter(now.minus(LOST_AFTER));
                }
                String owner = rs.getString(1);
                java.time.Instant beat = rs.getTimestamp(2).toInstant();
                int at = owner.indexOf('@');
                if (at > 0 && owner.substring(at + 1).equals(host())) {
                    // on this machine the owner's process answers for itself: a killed process is gone at once
                    long pid = Long.parseLong(owner.substring(0, at));
                    return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive)
                            .orElse(false);
                }
                return beat.isAfter(now.minus(LOST_AFTER));
            }
        } catch (java.sql.SQLException | NumberFormatException e) {
            LOG.warnf("cannot read the heartbeat of measurement %s: %s", row.id(), e.getMessage());
            return false;
        }
    }

    private void recoverQuietly() {
        try {
            recover();
        } catch (RuntimeException e) {
            LOG.warnf("checking for lost measurements failed: %s", e.getMessage());
        }
    }

    /** The runner of the lab's one instrument set (created on first use). */
    public synchronized MeasurementRunner runner() {
        if (runner == null) {
            store = new RawStore(Path.of(dataDir).resolve("raw"));
            InstrumentSet lab = replay.filter(r -> !r.isBlank())
                    .<InstrumentSet>map(r -> new org.photonledger.acquisition.replay.ReplayInstrumentSet(Path.of(r)))
                    .orElseGet(() -> new SimulatedLab(seed));
            runner = new MeasurementRunner(lab, store, speed, Clock.systemUTC());
        }
        return runner;
    }

    public RawStore rawStore() {
        runner();
        return store;
    }

    private void recoverInterrupted() {
        if (!axon.awaitCaughtUp(Duration.ofSeconds(30))) {
            LOG.warn("projections still catching up; runs left running by the last process may be marked later");
        }
        recover();
    }

    /**
     * Marks runs left "running" by a process that is gone as interrupted, keeping the raw data written until then.
     * A run this instance runs, or one whose heartbeat another instance keeps fresh, is left alone.
     */
    synchronized void recover() {
        boolean marked = false;
        for (MeasurementRow row : queries.running()) {
            if (runner().run(new MeasurementId(row.id())).isPresent() || aliveElsewhere(row)) {
                continue;
            }
            marked = true;
            MeasurementType type = MeasurementType.parse(row.type()).orElseThrow();
            try {
                var kept = runner().recoverInterrupted(new MeasurementId(row.id()), type, sink(org.photonledger.ui.security.Actor.SYSTEM));
                LOG.infof("Measurement %s was running when the application stopped: marked interrupted, %s", row.id(),
                        kept.map(s -> "kept " + s.bytes() + " bytes of raw data").orElse("no raw data had been written"));
            } catch (RuntimeException e) {
                LOG.errorf(e, "could not mark measurement %s as interrupted", row.id());
            }
            try (java.sql.Connection c = ledger.getConnection(); var ps = c.prepareStatement(
                    "DELETE FROM run_heartbeat WHERE measurement_id = ?")) {
                ps.setString(1, row.id());
                ps.executeUpdate();
            } catch (java.sql.SQLException e) {
                LOG.debugf("heartbeat of %s not removed: %s", row.id(), e.getMessage());
            }
        }
        if (marked) {
            axon.awaitCaughtUp(READ_YOUR_WRITE);
        }
    }

    /**
     * The run's start as the event store holds it, whole: parameters, target and the full instrument snapshot (the
     * audit view's JSON copy is for display and search, not for reading the snapshot back).
     */
    public Optional<org.photonledger.domain.measurement.MeasurementStarted> started(String id) {
        return axon.eventStore().readEvents(id).asStream()
                .map(org.axonframework.eventhandling.DomainEventMessage::getPayload)
                .filter(org.photonledger.domain.measurement.MeasurementStarted.class::isInstance)
                .map(org.photonledger.domain.measurement.MeasurementStarted.class::cast).findFirst();
    }

    /** The results computed from a run's raw data. */
    public List<org.photonledger.processing.sample.SampleRow> results(String measurementId) {
        return samples.edgesOf(measurementId).stream()
                .filter(e -> e.from().equals(measurementId) && e.relation().equals("analysed"))
                .map(e -> samples.byId(e.to())).flatMap(Optional::stream).toList();
    }

    /** Cavities and films that can be measured, newest first (at most 200 of each). */
    public List<org.photonledger.processing.sample.SampleRow> targets() {
        List<org.photonledger.processing.sample.SampleRow> all = new java.util.ArrayList<>();
        for (String kind : List.of("Cavity", "Film")) {
            samples.search(new org.photonledger.processing.sample.SampleSearch(null, kind, null, null, null), List.of(),
                    0, 200).rows().stream().filter(r -> r.status().equals("active")).forEach(all::add);
        }
        return all;
    }

    /** The parameters a measurement type takes, with the paper's defaults. */
    public List<ParameterSpec> parameters(MeasurementType type) {
        return MeasurementPlans.of(type).parameters();
    }

    /**
     * Starts a run on a cavity (its configuration in force) or at a position on a film; returns once the start is
     * recorded and the acquisition runs.
     */
    public LiveRun start(MeasurementType type, String cavityId, String filmId, PlanePosition position,
            Map<String, String> parameters) {
        runner();
        return start(MeasurementId.newId(), type, cavityId, filmId, position, parameters, speed);
    }

    /**
     * The same start under a given run id, paced at {@code pace} × real time (0: as fast as the instruments deliver):
     * for runs nobody watches live, such as the demo lab's, whose fixed ids make a repeated start-up find them.
     */
    public LiveRun start(MeasurementId id, MeasurementType type, String cavityId, String filmId, PlanePosition position,
            Map<String, String> parameters, double pace) {
        // before any instrument moves: a user who may not measure is refused here, not half-way through a run
        org.photonledger.ui.security.Actor actor = ActorContext.currentActor();
        org.photonledger.ui.security.CommandRoles.check(org.photonledger.domain.measurement.StartMeasurement.class, actor);
        if (type == null) {
            throw InvalidInputException.of("type", null, "is required: one of " + List.of(MeasurementType.values())
                    .stream().map(MeasurementType::slug).toList());
        }
        boolean cavity = cavityId != null && !cavityId.isBlank();
        boolean film = filmId != null && !filmId.isBlank();
        if (cavity == film) {
            throw InvalidInputException.of("target", null, cavity ? "give either a cavity or a film, not both"
                    : "is required: a cavity (cavityId) or a position on a film (filmId and position)");
        }
        if (type == MeasurementType.CAVITY_LENGTH_SWEEP && !cavity) {
            throw InvalidInputException.of("type", type.slug(), "a cavity-length sweep needs a cavity");
        }
        MeasurementRequest request;
        if (cavity) {
            MeasurementTargets.CavityTarget target = targets.cavity(cavityId.strip());
            request = new MeasurementRequest(id, type, new CavityId(cavityId.strip()), null, target.dot(),
                    target.length(), target.specimen(), parameters);
        } else {
            if (position == null) {
                throw InvalidInputException.of("position", null, "is required for a film measurement: where on the "
                        + "film (x, y)");
            }
            request = new MeasurementRequest(id, type, null, new FilmId(filmId.strip()), position, null,
                    targets.film(filmId.strip()), parameters);
        }
        LiveRun run = runner().start(request, sink(actor), pace);
        axon.awaitCaughtUp(READ_YOUR_WRITE);
        return run;
    }

    /** Stops a run; it ends as aborted with this reason once the data taken so far is stored. */
    public void abort(String measurementId, String reason) {
        org.photonledger.ui.security.Actor actor = ActorContext.currentActor();
        org.photonledger.ui.security.CommandRoles.check(org.photonledger.domain.measurement.AbortMeasurement.class, actor);
        runner().abort(new MeasurementId(measurementId), reason, sink(actor));
    }

    public Optional<LiveRun> live(String measurementId) {
        return runner().run(new MeasurementId(measurementId));
    }

    public Optional<LiveRun> current() {
        return runner().current();
    }

    public Optional<MeasurementRow> byId(String id) {
        return queries.byId(id);
    }

    public Page<MeasurementRow> list(String target, String status, int offset, int limit) {
        return queries.list(target, status, offset, limit);
    }

    /** Waits (boundedly) until the read models show everything recorded so far. */
    public void settle() {
        axon.awaitCaughtUp(READ_YOUR_WRITE);
    }

    /** The stored raw-data file of a finished run, if its data was recorded. */
    public Optional<Path> rawFile(MeasurementRow row) {
        if (row.rawSha256() == null) {
            return Optional.empty();
        }
        var id = new org.photonledger.acquisition.rawstore.RawDataId(row.rawSha256());
        Path file = "csv".equals(row.rawFormat()) ? rawStore().pathOfBlob(id, "csv") : rawStore().pathOf(id);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /**
     * The picture of a finished run, rebuilt from its stored raw data with the same live view the console used (tags
     * replayed through the plan's correlator or histogram with the recorded parameters; tables read back).
     */
    public Optional<org.photonledger.acquisition.measurement.Preview> preview(MeasurementRow row) {
        if (row.rawSha256() == null || rawFile(row).isEmpty()) {
            return Optional.empty();
        }
        MeasurementType type = MeasurementType.parse(row.type()).orElseThrow();
        var id = new org.photonledger.acquisition.rawstore.RawDataId(row.rawSha256());
        if ("csv".equals(row.rawFormat())) {
            String csv = new String(rawStore().readBlob(id, "csv"), java.nio.charset.StandardCharsets.UTF_8);
            return Optional.of(CsvPreview.of(type, csv));
        }
        var plan = (org.photonledger.acquisition.measurement.TagPlan) MeasurementPlans.of(type);
        List<org.photonledger.domain.measurement.Setting> recorded = new java.util.ArrayList<>();
        try {
            for (var node : new com.fasterxml.jackson.databind.ObjectMapper().readTree(row.parametersJson())) {
                recorded.add(new org.photonledger.domain.measurement.Setting(node.path("name").asText(),
                        node.path("value").asText(), node.path("unit").asText()));
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable parameters of " + row.id(), e);
        }
        var parameters = org.photonledger.processing.result.MeasurementAnalysis.parameters(type, recorded);
        try (var reader = rawStore().open(id)) {
            var view = plan.view(parameters, reader.timeBase());
            var block = new org.photonledger.acquisition.timetag.TagBlock();
            while (reader.next(block)) {
                view.accept(block);
            }
            return Optional.of(view.preview());
        }
    }

    /** Sends a run's commands as {@code actor}; an abort's reason also travels in the metadata for the audit trail. */
    CommandSink sink(org.photonledger.ui.security.Actor actor) {
        return command -> ActorContext.runAs(actor, () -> {
            CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command);
            if (command instanceof AbortMeasurement abort && abort.reason() != null) {
                message = message.andMetaData(Map.of(MetadataKeys.REASON, abort.reason().strip()));
            }
            axon.send(message);
        });
    }
}
