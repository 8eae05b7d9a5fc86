package org.photonledger.processing.sample;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingToken;
import org.photonledger.domain.audit.MetadataKeys;
import org.photonledger.domain.cavity.CavityAssembled;
import org.photonledger.domain.cavity.CavityConfigurationCorrected;
import org.photonledger.domain.cavity.CavityConfigured;
import org.photonledger.domain.cavity.CavityDisassembled;
import org.photonledger.domain.cavity.CavityEvent;
import org.photonledger.domain.cavity.CavityStepVoided;
import org.photonledger.domain.cavity.DotSelectionCorrected;
import org.photonledger.domain.film.DensityMeasurementCorrected;
import org.photonledger.domain.film.FilmDensityMeasured;
import org.photonledger.domain.film.FilmEvent;
import org.photonledger.domain.film.FilmSpinCoated;
import org.photonledger.domain.film.FilmStepVoided;
import org.photonledger.domain.film.SpinCoatingCorrected;
import org.photonledger.domain.mirror.DbrCoated;
import org.photonledger.domain.mirror.DbrCoatingCorrected;
import org.photonledger.domain.mirror.FeatureMillingCorrected;
import org.photonledger.domain.mirror.FeaturesMilled;
import org.photonledger.domain.mirror.MirrorEvent;
import org.photonledger.domain.mirror.MirrorStepVoided;
import org.photonledger.domain.mirror.MirrorSubstratePrepared;
import org.photonledger.domain.mirror.ReflectivityCharacterised;
import org.photonledger.domain.mirror.ReflectivityMeasurementCorrected;
import org.photonledger.domain.mirror.SubstratePreparationCorrected;
import org.photonledger.domain.reagent.ReagentConsumed;
import org.photonledger.domain.reagent.ReagentLotEvent;
import org.photonledger.domain.reagent.ReagentLotRegistered;
import org.photonledger.domain.reagent.ReagentRestored;
import org.photonledger.domain.sample.EdtaTreatmentCorrected;
import org.photonledger.domain.sample.EdtaTreatmentRecorded;
import org.photonledger.domain.sample.ParentRef;
import org.photonledger.domain.sample.PmmaDispersionCorrected;
import org.photonledger.domain.sample.PmmaDispersionRecorded;
import org.photonledger.domain.sample.QdSampleEvent;
import org.photonledger.domain.sample.SampleDiscarded;
import org.photonledger.domain.sample.SampleStepVoided;
import org.photonledger.domain.sample.SizeSelectionCorrected;
import org.photonledger.domain.sample.SizeSelectionRecorded;
import org.photonledger.domain.step.StepCorrection;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.step.StepRecord;
import org.photonledger.domain.step.StepVoid;
import org.photonledger.domain.synthesis.BatchPurified;
import org.photonledger.domain.synthesis.BatchStored;
import org.photonledger.domain.synthesis.CsOleatePreparationCorrected;
import org.photonledger.domain.synthesis.CsOleatePrepared;
import org.photonledger.domain.synthesis.HotInjectionCorrected;
import org.photonledger.domain.synthesis.HotInjectionPerformed;
import org.photonledger.domain.synthesis.PbI2SolutionPreparationCorrected;
import org.photonledger.domain.synthesis.PbI2SolutionPrepared;
import org.photonledger.domain.synthesis.PurificationCorrected;
import org.photonledger.domain.synthesis.StorageCorrected;
import org.photonledger.domain.synthesis.SynthesisBatchAbandoned;
import org.photonledger.domain.synthesis.SynthesisBatchEvent;
import org.photonledger.domain.synthesis.SynthesisBatchStarted;
import org.photonledger.domain.synthesis.SynthesisStepVoided;
import org.photonledger.processing.store.LedgerDatabase;
import org.photonledger.processing.store.ReadModelException;
import org.photonledger.domain.measurement.MeasurementAborted;
import org.photonledger.domain.measurement.MeasurementCompleted;
import org.photonledger.domain.measurement.MeasurementEvent;
import org.photonledger.domain.measurement.MeasurementFailed;
import org.photonledger.domain.measurement.MeasurementInterrupted;
import org.photonledger.domain.measurement.MeasurementStarted;
import org.photonledger.domain.measurement.RawDataRecorded;
import org.photonledger.domain.result.ResultComputed;
import org.photonledger.domain.result.ResultEvent;
import org.photonledger.domain.result.ResultReported;

/**
 * Keeps the sample-history read models in step with every lab object's events: the registry ({@code sample_view}),
 * the steps with their current values ({@code sample_step_view}), the audit trail ({@code sample_event_view}) and
 * the lineage graph ({@code lineage_edge}). Each aggregate's sealed event hierarchy is handled exhaustively, so a
 * new event type fails to compile here until the read models know what to do with it.
 */
@ApplicationScoped
@ProcessingGroup(SampleProjection.GROUP)
public class SampleProjection {

    public static final String GROUP = "samples";
    /** The longest event payload (JSON characters) the audit view holds; migration V6 sized the column for it. */
    static final int MAX_PAYLOAD_CHARS = 1_000_000;

    /** Values as JSON for display; fields only, like the event store, so no derived getter leaks in. */
    static final ObjectMapper JSON = new ObjectMapper()
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final DataSource db;

    @Inject
    public SampleProjection(@LedgerDatabase DataSource db) {
        this.db = db;
    }

    /** Where and when an event happened and who caused it. */
    record Context(long globalIndex, String eventId, String aggregateId, long sequence, Instant at, String actor,
            String reason) {
    }

    @EventHandler
    void on(Object payload, DomainEventMessage<?> message, @SequenceNumber Long sequence,
            @org.axonframework.eventhandling.Timestamp Instant at, TrackingToken token) {
        Object actor = message.getMetaData().get(MetadataKeys.ACTOR);
        Object reason = message.getMetaData().get(MetadataKeys.REASON);
        Context ctx = new Context(
                token == null ? -1L : token.position().orElseThrow(
                        () -> new IllegalStateException("event " + message.getIdentifier() + " has no global position")),
                message.getIdentifier(), message.getAggregateIdentifier(), sequence, at,
                actor == null ? MetadataKeys.SYSTEM : actor.toString(), reason == null ? null : reason.toString());
        try (Connection c = db.getConnection()) {
            if (c.getAutoCommit()) {
                // read-model rows must commit together with the processor's token, or a retry would duplicate them
                throw new IllegalStateException("projection called outside a transaction");
            }
            Writer w = new Writer(c, ctx);
            switch (payload) {
                case ReagentLotEvent e -> reagent(w, e);
                case SynthesisBatchEvent e -> batch(w, e);
                case QdSampleEvent e -> sample(w, e);
                case MirrorEvent e -> mirror(w, e);
                case FilmEvent e -> film(w, e);
                case CavityEvent e -> cavity(w, e);
                case MeasurementEvent e -> measurement(w, e);
                case ResultEvent e -> result(w, e);
                case org.photonledger.domain.figure.FigureEvent e -> figure(w, e);
                default -> {
                    // events of features without a place in the lineage
                }
            }
        } catch (SQLException ex) {
            throw new ReadModelException("recording " + payload.getClass().getSimpleName() + " of " + ctx.aggregateId(), ex);
        }
    }

    private static void reagent(Writer w, ReagentLotEvent event) throws SQLException {
        switch (event) {
            case ReagentLotRegistered e -> {
                w.created("ReagentLot", e.casNumber().value(), e.chemicalName() + " · lot " + e.lotNumber());
                w.event(null, "Registered " + e.chemicalName() + ", lot " + e.lotNumber() + ", " + e.amount() + " from "
                        + e.supplier(), e, null);
            }
            case ReagentConsumed e -> {
                w.touched();
                w.edge(e.lotId().value(), e.consumedBy(), "reagent");
                w.event(e.step(), "Consumed " + e.amount() + " for " + e.consumedBy() + " (" + e.remaining() + " left)", e, null);
            }
            case ReagentRestored e -> {
                w.touched();
                w.event(e.step(), "Restored " + e.amount() + " from " + e.consumedBy() + " (" + e.remaining() + " left)", e,
                        e.reason());
            }
        }
    }

    private static void batch(Writer w, SynthesisBatchEvent event) throws SQLException {
        switch (event) {
            case SynthesisBatchStarted e -> {
                w.created("SynthesisBatch", e.protocol(), e.name());
                w.event(null, "Batch started: " + e.name() + (e.protocol() == null ? "" : " (" + e.protocol() + ")"), e, null);
            }
            case CsOleatePrepared e -> w.step(e, "Cs-oleate precursor prepared", e.values());
            case PbI2SolutionPrepared e -> w.step(e, "PbI2 solution prepared", e.values());
            case HotInjectionPerformed e -> w.step(e, "Hot injection and ice-bath quench", e.values());
            case BatchPurified e -> w.step(e, "Purified", e.values());
            case BatchStored e -> {
                w.step(e, "Stored", e.values());
                w.status("stored", null);
            }
            case CsOleatePreparationCorrected e -> w.corrected(e, "Cs-oleate precursor", e.values());
            case PbI2SolutionPreparationCorrected e -> w.corrected(e, "PbI2 solution", e.values());
            case HotInjectionCorrected e -> w.corrected(e, "hot injection", e.values());
            case PurificationCorrected e -> w.corrected(e, "purification", e.values());
            case StorageCorrected e -> w.corrected(e, "storage", e.values());
            case SynthesisStepVoided e -> w.voided(e);
            case SynthesisBatchAbandoned e -> {
                w.status("abandoned", e.reason());
                w.event(null, "Batch abandoned", e, e.reason());
            }
        }
    }

    private static void sample(Writer w, QdSampleEvent event) throws SQLException {
        switch (event) {
            case EdtaTreatmentRecorded e -> w.derivedSample(e, "EDTA treatment", e.label(), e.parents(), e.values());
            case SizeSelectionRecorded e -> w.derivedSample(e, "Size selection", e.label(), e.parents(), e.values());
            case PmmaDispersionRecorded e -> w.derivedSample(e, "PMMA dispersion", e.label(), e.parents(), e.values());
            case EdtaTreatmentCorrected e -> w.corrected(e, "EDTA treatment", e.values());
            case SizeSelectionCorrected e -> w.corrected(e, "size selection", e.values());
            case PmmaDispersionCorrected e -> w.corrected(e, "PMMA dispersion", e.values());
            case SampleStepVoided e -> w.voided(e);
            case SampleDiscarded e -> {
                w.status("discarded", e.reason());
                w.event(null, "Sample discarded", e, e.reason());
            }
        }
    }

    private static void mirror(Writer w, MirrorEvent event) throws SQLException {
        switch (event) {
            case MirrorSubstratePrepared e -> {
                w.created("Mirror", e.kind().name().toLowerCase(java.util.Locale.ROOT), e.label());
                w.step(e, "Substrate prepared (" + e.kind().name().toLowerCase(java.util.Locale.ROOT) + ")", e.values());
            }
            case FeaturesMilled e -> w.step(e, "Concave features milled (FIB)", e.values());
            case DbrCoated e -> w.step(e, "DBR coated", e.values());
            case ReflectivityCharacterised e -> w.step(e, "Reflectivity characterised", e.values());
            case SubstratePreparationCorrected e -> w.corrected(e, "substrate preparation", e.values());
            case FeatureMillingCorrected e -> w.corrected(e, "feature milling", e.values());
            case DbrCoatingCorrected e -> w.corrected(e, "DBR coating", e.values());
            case ReflectivityMeasurementCorrected e -> w.corrected(e, "reflectivity", e.values());
            case MirrorStepVoided e -> w.voided(e);
        }
    }

    private static void film(Writer w, FilmEvent event) throws SQLException {
        switch (event) {
            case FilmSpinCoated e -> {
                w.created("Film", e.substrate().kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), e.label());
                w.edge(e.sampleId().value(), e.filmId().value(), "spin-coated from");
                if (e.substrate().mirrorId() != null) {
                    w.edge(e.substrate().mirrorId().value(), e.filmId().value(), "substrate");
                }
                w.step(e, "Spin-coated", e.values());
            }
            case FilmDensityMeasured e -> w.step(e, "Dot density measured", e.values());
            case SpinCoatingCorrected e -> w.corrected(e, "spin coating", e.values());
            case DensityMeasurementCorrected e -> w.corrected(e, "density measurement", e.values());
            case FilmStepVoided e -> w.voided(e);
        }
    }

    private static void cavity(Writer w, CavityEvent event) throws SQLException {
        switch (event) {
            case CavityAssembled e -> {
                w.created("Cavity", e.feature() == null ? null : "feature " + e.feature().label(),
                        "Cavity over " + (e.dot() == null ? "?" : e.dot().label()) + " (feature " + (e.feature() == null ? "?" : e.feature().label()) + ")");
                w.edge(e.planarMirrorId().value(), e.cavityId().value(), "planar mirror");
                w.edge(e.featuredMirrorId().value(), e.cavityId().value(), "featured mirror");
                w.edge(e.filmId().value(), e.cavityId().value(), "film");
                w.step(e, "Assembled", e);
            }
            case CavityConfigured e -> w.step(e, "Configured", new Object[] {e.values(), e.figures()});
            case DotSelectionCorrected e -> w.corrected(e, "dot selection", e.values());
            case CavityConfigurationCorrected e -> w.corrected(e, "configuration", new Object[] {e.values(), e.figures()});
            case CavityStepVoided e -> w.voided(e);
            case CavityDisassembled e -> {
                w.status("disassembled", e.reason());
                w.event(null, "Cavity disassembled", e, e.reason());
            }
        }
    }

    private static void measurement(Writer w, MeasurementEvent event) throws SQLException {
        switch (event) {
            case MeasurementStarted e -> {
                w.created("Measurement", e.type().slug(), e.type().title() + " on " + e.target());
                if (e.target().isCavity()) {
                    w.edge(e.target().cavityId().value(), e.measurementId().value(), "measured");
                } else {
                    w.edge(e.target().filmId().value(), e.measurementId().value(), "measured");
                }
                w.initialStatus("running");
                w.event(null, "Started " + e.type().title() + " on " + e.target() + " for " + e.duration() + " ("
                        + e.parameters().size() + " parameters, " + e.instruments().instruments().size()
                        + " instruments in the snapshot)", e, null);
            }
            case RawDataRecorded e -> {
                w.touched();
                w.event(null, "Raw data recorded: " + e.raw().records() + (e.raw().format().equals("csv") ? " rows"
                        : " tags") + ", " + e.raw().bytes() + " bytes, sha256 " + e.raw().sha256()
                        + (e.raw().complete() ? "" : " (partial)"), e, null);
            }
            case MeasurementCompleted e -> {
                w.status("completed", null);
                w.event(null, "Completed", e, null);
            }
            case MeasurementAborted e -> {
                w.status("aborted", e.reason());
                w.event(null, "Aborted", e, e.reason());
            }
            case MeasurementFailed e -> {
                w.status("failed", e.message());
                w.event(null, "Failed: " + e.message(), e, null);
            }
            case MeasurementInterrupted e -> {
                w.status("interrupted", e.note());
                w.event(null, "Interrupted: " + e.note(), e, null);
            }
        }
    }

    private static void result(Writer w, ResultEvent event) throws SQLException {
        switch (event) {
            case ResultComputed e -> {
                String headline = e.headlineValue().map(v -> v.name() + " " + v.display()).orElse(e.model());
                w.created("Result", e.model(), headline + " (" + e.method() + ")");
                w.edge(e.measurementId().value(), e.resultId().value(), "analysed");
                w.event(null, "Computed " + headline + " by " + e.method() + " from raw data " + e.rawSha256()
                        + (e.chi2Reduced() == null ? "" : String.format(java.util.Locale.ROOT, ", reduced χ² %.3g",
                        e.chi2Reduced())), e, null);
            }
            case ResultReported e -> {
                w.status("reported", e.label());
                w.event(null, "Reported as " + e.label(), e, e.reason());
            }
            case org.photonledger.domain.result.ResultSigned e -> w.event(null, "Signed (" + e.meaning().id() + ") by "
                    + e.signer() + " over sha256 " + e.sha256() + " of the result and " + (e.lineage().size() - 1)
                    + " records in its lineage", e, null);
        }
    }

    private static void figure(Writer w, org.photonledger.domain.figure.FigureEvent event) throws SQLException {
        switch (event) {
            case org.photonledger.domain.figure.FigureDefined e -> {
                w.created("Figure", "v" + e.version(), e.name());
                drawn(w, e.panels());
                w.event(null, "Defined " + e.name() + " (version 1, " + e.panels().size() + " panels)", e, null);
            }
            case org.photonledger.domain.figure.FigureRevised e -> {
                w.touched();
                drawn(w, e.panels());
                w.event(null, "Revised " + e.name() + " to version " + e.version() + " (" + e.panels().size()
                        + " panels)", e, e.reason());
            }
            case org.photonledger.domain.figure.FigurePublished e -> {
                w.status("published", e.reason());
                w.event(null, "Published version " + e.version(), e, e.reason());
            }
            case org.photonledger.domain.figure.FigureSigned e -> w.event(null, "Version " + e.version() + " signed ("
                    + e.meaning().id() + ") by " + e.signer() + " over sha256 " + e.sha256() + " of the figure and "
                    + (e.lineage().size() - 1) + " records in its lineage", e, null);
        }
    }

    /** Every result and measurement a panel draws goes into the figure: the lineage reaches the figure. */
    private static void drawn(Writer w, java.util.List<org.photonledger.domain.figure.Panel> panels)
            throws SQLException {
        for (org.photonledger.domain.figure.Panel p : panels) {
            for (var r : p.resultIds()) {
                w.edge(r.value(), w.ctx.aggregateId(), "drawn");
            }
            for (var m : p.measurementIds()) {
                w.edge(m.value(), w.ctx.aggregateId(), "drawn");
            }
        }
    }

    @ResetHandler
    void reset() {
        try (Connection c = db.getConnection()) {
            for (String table : new String[] {"sample_view", "sample_step_view", "sample_event_view", "lineage_edge"}) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table)) {
                    ps.executeUpdate();
                }
            }
        } catch (SQLException ex) {
            throw new ReadModelException("clearing the sample read models for replay", ex);
        }
    }

    static String json(Object values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            return "{\"unreadable\":\"" + e.getOriginalMessage().replace('"', '\'') + "\"}";
        }
    }

    /** The SQL of one event's effects, sharing its connection and context. */
    private static final class Writer {

        private final Connection c;
        private final Context ctx;

        Writer(Connection c, Context ctx) {
            this.c = c;
            this.ctx = ctx;
        }

        void created(String kind, String subtype, String label) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO sample_view (id, kind, subtype, label, status, created_at, created_by, updated_at, updated_by,
                        event_count) VALUES (?, ?, ?, ?, 'active', ?, ?, ?, ?, 1)""")) {
                ps.setString(1, ctx.aggregateId());
                ps.setString(2, kind);
                ps.setString(3, subtype);
                ps.setString(4, truncate(label == null || label.isBlank() ? kind + " " + ctx.aggregateId() : label, 300));
                ps.setTimestamp(5, Timestamp.from(ctx.at()));
                ps.setString(6, ctx.actor());
                ps.setTimestamp(7, Timestamp.from(ctx.at()));
                ps.setString(8, ctx.actor());
                ps.executeUpdate();
            }
        }

        void touched() throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE sample_view SET updated_at = ?, updated_by = ?, event_count = event_count + 1 WHERE id = ?")) {
                ps.setTimestamp(1, Timestamp.from(ctx.at()));
                ps.setString(2, ctx.actor());
                ps.setString(3, ctx.aggregateId());
                ps.executeUpdate();
            }
        }

        void initialStatus(String status) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("UPDATE sample_view SET status = ? WHERE id = ?")) {
                ps.setString(1, status);
                ps.setString(2, ctx.aggregateId());
                ps.executeUpdate();
            }
        }

        void status(String status, String reason) throws SQLException {
            touched();
            try (PreparedStatement ps = c.prepareStatement("UPDATE sample_view SET status = ?, status_reason = ? WHERE id = ?")) {
                ps.setString(1, status);
                ps.setString(2, reason);
                ps.setString(3, ctx.aggregateId());
                ps.executeUpdate();
            }
        }

        void step(StepRecord e, String kind, Object values) throws SQLException {
            if (ctx.sequence() > 0) {
                touched();
            }
            String json = json(values);
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO sample_step_view (aggregate_id, step_id, kind, values_json, original_json, status, corrections,
                        recorded_at, recorded_by, global_index) VALUES (?, ?, ?, ?, ?, 'recorded', 0, ?, ?, ?)""")) {
                ps.setString(1, ctx.aggregateId());
                ps.setString(2, e.stepId().value());
                ps.setString(3, kind);
                ps.setString(4, json);
                ps.setString(5, json);
                ps.setTimestamp(6, Timestamp.from(ctx.at()));
                ps.setString(7, ctx.actor());
                ps.setLong(8, ctx.globalIndex());
                ps.executeUpdate();
            }
            event(e.stepId(), kind, e, null);
        }

        void derivedSample(StepRecord e, String kind, String label, java.util.List<ParentRef> parents, Object values)
                throws SQLException {
            created("QdSample", kind, label);
            for (ParentRef parent : parents) {
                edge(parent.id(), ctx.aggregateId(), kind.toLowerCase(java.util.Locale.ROOT));
            }
            step(e, kind, values);
        }

        void corrected(StepCorrection e, String what, Object values) throws SQLException {
            touched();
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE sample_step_view SET values_json = ?, status = 'corrected', corrections = corrections + 1,
                        last_reason = ? WHERE aggregate_id = ? AND step_id = ?""")) {
                ps.setString(1, json(values));
                ps.setString(2, e.reason());
                ps.setString(3, ctx.aggregateId());
                ps.setString(4, e.stepId().value());
                ps.executeUpdate();
            }
            event(e.stepId(), "Corrected " + what, e, e.reason());
        }

        void voided(StepVoid e) throws SQLException {
            touched();
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE sample_step_view SET status = 'voided', last_reason = ? WHERE aggregate_id = ? AND step_id = ?")) {
                ps.setString(1, e.reason());
                ps.setString(2, ctx.aggregateId());
                ps.setString(3, e.stepId().value());
                ps.executeUpdate();
            }
            event(e.stepId(), "Voided a step", e, e.reason());
        }

        void edge(String parent, String child, String relation) throws SQLException {
            // One edge per (parent, child, relation): a lot used twice by one batch is still one "reagent" edge.
            try (PreparedStatement exists = c.prepareStatement(
                    "SELECT 1 FROM lineage_edge WHERE parent_id = ? AND child_id = ? AND relation = ?")) {
                exists.setString(1, parent);
                exists.setString(2, child);
                exists.setString(3, relation);
                try (var rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO lineage_edge (parent_id, child_id, relation, event_id, global_index) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, parent);
                ps.setString(2, child);
                ps.setString(3, relation);
                ps.setString(4, ctx.eventId());
                ps.setLong(5, ctx.globalIndex());
                ps.executeUpdate();
            }
        }

        void event(StepId step, String summary, Object payload, String reason) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO sample_event_view (global_index, event_id, aggregate_id, sequence_number, event_type, step_id,
                        summary, payload_json, actor, reason, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                ps.setLong(1, ctx.globalIndex());
                ps.setString(2, ctx.eventId());
                ps.setString(3, ctx.aggregateId());
                ps.setLong(4, ctx.sequence());
                ps.setString(5, payload.getClass().getSimpleName());
                ps.setString(6, step == null ? null : step.value());
                ps.setString(7, truncate(summary, 1000));
                ps.setString(8, wholeJson(json(payload)));
                ps.setString(9, ctx.actor());
                ps.setString(10, reason != null ? truncate(reason, 1000) : ctx.reason());
                ps.setTimestamp(11, Timestamp.from(ctx.at()));
                ps.executeUpdate();
            }
        }

        /**
         * The payload as JSON, whole: a cut-off copy would be unreadable JSON on the record page. A payload beyond the
         * column (the domain's limits keep every event far below it) is replaced by a readable note, never cut.
         */
        private static String wholeJson(String json) {
            if (json.length() <= MAX_PAYLOAD_CHARS) {
                return json;
            }
            return "{\"omitted\":\"a payload of " + json.length() + " characters is larger than the audit view holds "
                    + "(" + MAX_PAYLOAD_CHARS + "); the event store keeps it whole\"}";
        }

        private static String truncate(String s, int max) {
            return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
        }
    }
}
