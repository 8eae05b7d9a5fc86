package org.photonledger.ui.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.photonledger.domain.audit.MetadataKeys;
import org.photonledger.domain.cavity.CavityId;
import org.photonledger.domain.film.FilmId;
import org.photonledger.domain.mirror.MirrorId;
import org.photonledger.domain.protocol.Farrow2024Preparation;
import org.photonledger.domain.reagent.ReagentLotId;
import org.photonledger.domain.sample.SampleId;
import org.photonledger.domain.synthesis.BatchId;
import org.photonledger.processing.store.LedgerDatabase;
import org.photonledger.ui.axon.ActorContext;
import org.photonledger.ui.axon.AxonRuntime;

/**
 * Gives a new embedded installation the reference paper's whole sample history — one hot-injection batch, EDTA
 * treatment, size selection, PMMA dispersion, the planar and featured mirrors, the film and the cavity at q = 3 near
 * 677 nm — as ordinary events issued by the {@code system} actor from the preloaded stock, so a newcomer's first
 * measurement has a real cavity to run on; then, in the background, every measurement of Figs. 2–4 with its
 * analysis and the three figures ({@link DemoMeasurements}). Done once: a complete history is recognised by its
 * configured cavity; a start-up killed halfway leaves a partial history (kept, never erased) and the next start
 * builds a complete one under the next attempt's ids, while the measurements resume where they stopped.
 */
@ApplicationScoped
public class DemoLab {

    private static final Logger LOG = Logger.getLogger(DemoLab.class);
    private static final int MAX_ATTEMPTS = 5;

    @Inject
    AxonRuntime axon;

    @Inject
    DemoMeasurements measurements;

    private volatile Farrow2024Preparation.Ids ready;

    @Inject
    @LedgerDatabase
    DataSource db;

    @ConfigProperty(name = "photonledger.demo-lab", defaultValue = "true")
    boolean enabled;

    /** false: only the sample history (tests that drive the instruments themselves need them free). */
    @ConfigProperty(name = "photonledger.demo-lab.measurements", defaultValue = "true")
    boolean demoMeasurements;

    @ConfigProperty(name = "photonledger.preload.reagents", defaultValue = "true")
    boolean stock;

    @ConfigProperty(name = "photonledger.db.kind", defaultValue = "h2")
    String databaseKind;

    void onStart(@Observes @Priority(25) StartupEvent event) {
        // a shared production database gets no invented history
        if (!enabled || !stock || !"h2".equals(databaseKind)) {
            return;
        }
        ready = history().orElse(null);
    }

    /**
     * Once the application is up (runs left over by a killed start marked interrupted), takes the measurements of
     * Figs. 2–4 in the background, so the first screen answers at once and shows the progress.
     */
    void onStarted(@Observes @Priority(40) StartupEvent event) {
        Farrow2024Preparation.Ids ids = ready;
        if (ids == null || !demoMeasurements) {
            return;
        }
        Thread worker = new Thread(() -> measurements.complete(ids), "demo-lab");
        worker.setDaemon(true);
        worker.start();
    }

    /** Builds the whole demo lab now, in this thread: sample history, measurements, results and figures. */
    public Farrow2024Preparation.Ids buildNow() {
        Farrow2024Preparation.Ids ids = history().orElseThrow(() -> new IllegalStateException(
                "the demo lab's sample history could not be built"));
        measurements.complete(ids);
        return ids;
    }

    /** The ids of the complete sample history, building it first if no attempt is complete. */
    private java.util.Optional<Farrow2024Preparation.Ids> history() {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Farrow2024Preparation.Ids ids = ids(attempt);
            if (configured(ids.cavity())) {
                return java.util.Optional.of(ids);
            }
            if (exists(ids.batch().value())) {
                LOG.warnf("The demo lab's attempt %d was cut off (partial history kept); building attempt %d", attempt,
                        attempt + 1);
                continue;
            }
            long t0 = System.nanoTime();
            List<Object> commands = Farrow2024Preparation.commands(lots(), ids, "Farrow 2024 demo batch");
            ActorContext.runAs(MetadataKeys.SYSTEM, () -> commands.forEach(c -> axon.commandGateway().sendAndWait(c)));
            axon.awaitCaughtUp(Duration.ofSeconds(30));
            LOG.infof("Demo lab: the reference paper's sample history (%d commands) recorded in %d ms; cavity %s",
                    commands.size(), (System.nanoTime() - t0) / 1_000_000, ids.cavity());
            return java.util.Optional.of(ids);
        }
        LOG.errorf("The demo lab was cut off %d times; not trying again", MAX_ATTEMPTS);
        return java.util.Optional.empty();
    }

    /** The demo's fixed ids for an attempt (the first attempt's ids are the ones the README names). */
    public static Farrow2024Preparation.Ids ids(int attempt) {
        String suffix = attempt == 1 ? "" : "-" + attempt;
        return new Farrow2024Preparation.Ids(new BatchId("batch-demo" + suffix), new SampleId("sample-demo-edta" + suffix),
                new SampleId("sample-demo-size-selected" + suffix), new SampleId("sample-demo-pmma" + suffix),
                new MirrorId("mirror-demo-planar" + suffix), new MirrorId("mirror-demo-featured" + suffix),
                new FilmId("film-demo" + suffix), new CavityId("cavity-demo" + suffix));
    }

    private static Farrow2024Preparation.Lots lots() {
        return new Farrow2024Preparation.Lots(lot("cs2co3"), lot("oa"), lot("ode"), lot("pbi2"), lot("olam"),
                lot("meac"), lot("hexane"), lot("octane"), lot("toluene"), lot("edta"), lot("pmma"));
    }

    private static ReagentLotId lot(String key) {
        return new ReagentLotId("lot-paper-" + key);
    }

    private boolean configured(CavityId cavity) {
        return count("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE "
                + "'%CavityConfigured'", cavity.value()) > 0;
    }

    private boolean exists(String id) {
        return count("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?", id) > 0;
    }

    private long count(String sql, String id) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the event store: " + e.getMessage(), e);
        }
    }
}
