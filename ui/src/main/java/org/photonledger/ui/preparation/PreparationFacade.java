package org.photonledger.ui.preparation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.photonledger.domain.audit.MetadataKeys;
import org.photonledger.domain.cavity.AssembleCavity;
import org.photonledger.domain.cavity.CavityConfigurationCorrected;
import org.photonledger.domain.cavity.CavityConfigured;
import org.photonledger.domain.cavity.CavityFigures;
import org.photonledger.domain.cavity.CavityId;
import org.photonledger.domain.cavity.CavityStep;
import org.photonledger.domain.cavity.ConfigureCavity;
import org.photonledger.domain.cavity.CorrectCavityStep;
import org.photonledger.domain.cavity.DisassembleCavity;
import org.photonledger.domain.cavity.VoidCavityStep;
import org.photonledger.domain.film.CorrectFilmStep;
import org.photonledger.domain.film.FilmId;
import org.photonledger.domain.film.FilmSpinCoated;
import org.photonledger.domain.film.FilmStep;
import org.photonledger.domain.film.RecordFilmDensity;
import org.photonledger.domain.film.SpinCoatFilm;
import org.photonledger.domain.film.VoidFilmStep;
import org.photonledger.domain.mirror.CorrectMirrorStep;
import org.photonledger.domain.mirror.FeatureMilling;
import org.photonledger.domain.mirror.MilledFeature;
import org.photonledger.domain.mirror.MirrorId;
import org.photonledger.domain.mirror.MirrorStep;
import org.photonledger.domain.mirror.PrepareMirrorSubstrate;
import org.photonledger.domain.mirror.RecordDbrCoating;
import org.photonledger.domain.mirror.RecordFeatureMilling;
import org.photonledger.domain.mirror.RecordReflectivity;
import org.photonledger.domain.mirror.VoidMirrorStep;
import org.photonledger.domain.reagent.ReagentLotId;
import org.photonledger.domain.sample.CorrectSampleStep;
import org.photonledger.domain.sample.DiscardSample;
import org.photonledger.domain.sample.RecordEdtaTreatment;
import org.photonledger.domain.sample.RecordPmmaDispersion;
import org.photonledger.domain.sample.RecordSizeSelection;
import org.photonledger.domain.sample.SampleId;
import org.photonledger.domain.sample.SamplePreparation;
import org.photonledger.domain.sample.VoidSampleStep;
import org.photonledger.domain.step.StepCorrection;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.step.StepRecord;
import org.photonledger.domain.step.StepVoid;
import org.photonledger.domain.synthesis.AbandonSynthesisBatch;
import org.photonledger.domain.synthesis.BatchId;
import org.photonledger.domain.synthesis.CorrectSynthesisStep;
import org.photonledger.domain.synthesis.RecordCsOleatePreparation;
import org.photonledger.domain.synthesis.RecordHotInjection;
import org.photonledger.domain.synthesis.RecordPbI2SolutionPreparation;
import org.photonledger.domain.synthesis.RecordPurification;
import org.photonledger.domain.synthesis.RecordStorage;
import org.photonledger.domain.synthesis.StartSynthesisBatch;
import org.photonledger.domain.synthesis.SynthesisStep;
import org.photonledger.domain.synthesis.VoidSynthesisStep;
import org.photonledger.domain.validation.InvalidInputException;
import org.photonledger.processing.reagent.ReagentLotQueries;
import org.photonledger.processing.reagent.ReagentLotRow;
import org.photonledger.processing.sample.SampleQueries;
import org.photonledger.processing.sample.SampleRow;
import org.photonledger.processing.sample.SampleSearch;
import org.photonledger.processing.store.LedgerDatabase;
import org.photonledger.processing.store.Page;
import org.photonledger.ui.axon.AxonRuntime;

/**
 * What the bench forms, the correction dialogs and the REST write API may do with the sample history: send each
 * preparation command as the current actor (reasons travel in the command's metadata too, for the audit trail),
 * wait boundedly until the read models show the result, and read what pickers and corrections need.
 */
@ApplicationScoped
public class PreparationFacade {

    /** Aggregate type names as the event store records them (and the read models name kinds). */
    public static final String BATCH = "SynthesisBatch";
    public static final String SAMPLE = "QdSample";
    public static final String MIRROR = "Mirror";
    public static final String FILM = "Film";
    public static final String CAVITY = "Cavity";
    public static final String REAGENT_LOT = "ReagentLot";

    private static final Duration READ_YOUR_WRITE = Duration.ofSeconds(10);

    /** The step-values types; every step event carries its values as one record component of one of these. */
    private static final List<Class<?>> STEP_VALUE_TYPES = List.of(SynthesisStep.class, SamplePreparation.class,
            MirrorStep.class, FilmStep.class, CavityStep.class);

    @Inject
    AxonRuntime axon;

    @Inject
    SampleQueries samples;

    @Inject
    ReagentLotQueries lots;

    @Inject
    @LedgerDatabase
    DataSource db;

    // --- synthesis batch -------------------------------------------------------------------------------------

    /** Opens a batch; returns it as the sample list shows it (empty if the read model lags beyond the bound). */
    public Optional<SampleRow> startBatch(StartSynthesisBatch command) {
        send(command, null);
        return created(command.batchId() == null ? null : command.batchId().value());
    }

    public void recordCsOleate(RecordCsOleatePreparation command) {
        sendAndSettle(command, null);
    }

    public void recordPbI2Solution(RecordPbI2SolutionPreparation command) {
        sendAndSettle(command, null);
    }

    public void recordHotInjection(RecordHotInjection command) {
        sendAndSettle(command, null);
    }

    public void recordPurification(RecordPurification command) {
        sendAndSettle(command, null);
    }

    public void recordStorage(RecordStorage command) {
        sendAndSettle(command, null);
    }

    public void abandonBatch(AbandonSynthesisBatch command) {
        sendAndSettle(command, command.reason());
    }

    // --- QD samples -------------------------------------------------------------------------------------------

    public Optional<SampleRow> recordEdtaTreatment(RecordEdtaTreatment command) {
        send(command, null);
        return created(command.sampleId() == null ? null : command.sampleId().value());
    }

    public Optional<SampleRow> recordSizeSelection(RecordSizeSelection command) {
        send(command, null);
        return created(command.sampleId() == null ? null : command.sampleId().value());
    }

    public Optional<SampleRow> recordPmmaDispersion(RecordPmmaDispersion command) {
        send(command, null);
        return created(command.sampleId() == null ? null : command.sampleId().value());
    }

    public void discardSample(DiscardSample command) {
        sendAndSettle(command, command.reason());
    }

    // --- mirrors ----------------------------------------------------------------------------------------------

    public Optional<SampleRow> prepareMirrorSubstrate(PrepareMirrorSubstrate command) {
        send(command, null);
        return created(command.mirrorId() == null ? null : command.mirrorId().value());
    }

    public void recordFeatureMilling(RecordFeatureMilling command) {
        sendAndSettle(command, null);
    }

    public void recordDbrCoating(RecordDbrCoating command) {
        sendAndSettle(command, null);
    }

    public void recordReflectivity(RecordReflectivity command) {
        sendAndSettle(command, null);
    }

    // --- films ------------------------------------------------------------------------------------------------

    public Optional<SampleRow> spinCoatFilm(SpinCoatFilm command) {
        send(command, null);
        return created(command.filmId() == null ? null : command.filmId().value());
    }

    public void recordFilmDensity(RecordFilmDensity command) {
        sendAndSettle(command, null);
    }

    // --- cavities ---------------------------------------------------------------------------------------------

    public Optional<SampleRow> assembleCavity(AssembleCavity command) {
        send(command, null);
        return created(command.cavityId() == null ? null : command.cavityId().value());
    }

    /** Records the configuration and returns the figures the domain derived and stored with it. */
    public CavityFigures configureCavity(ConfigureCavity command) {
        sendAndSettle(command, null);
        return figures(command.cavityId().value(), command.stepId())
                .orElseThrow(() -> new IllegalStateException("configuration " + command.stepId() + " of cavity "
                        + command.cavityId() + " was accepted but its event is not in the store"));
    }

    public void disassembleCavity(DisassembleCavity command) {
        sendAndSettle(command, command.reason());
    }

    // --- corrections and voids of any object ------------------------------------------------------------------

    /**
     * Corrects a step of any lab object; the kind of the new values decides which aggregate's command is sent
     * (a batch step takes synthesis values, and so on), so values of the wrong kind are refused by the domain.
     */
    public void correctStep(String aggregateId, StepId stepId, Object newValues, String reason) {
        correctStep(aggregateId, stepId, newValues, reason, null);
    }

    /**
     * As {@link #correctStep(String, StepId, Object, String)}, refused with {@link EditConflict} (naming who changed
     * the object when) unless the object is still at {@code expectedVersion}; null skips the check.
     */
    public void correctStep(String aggregateId, StepId stepId, Object newValues, String reason, Long expectedVersion) {
        Object command = switch (newValues) {
            case SynthesisStep v -> new CorrectSynthesisStep(new BatchId(aggregateId), stepId, v, reason);
            case SamplePreparation v -> new CorrectSampleStep(new SampleId(aggregateId), stepId, v, reason);
            case MirrorStep v -> new CorrectMirrorStep(new MirrorId(aggregateId), stepId, v, reason);
            case FilmStep v -> new CorrectFilmStep(new FilmId(aggregateId), stepId, v, reason);
            case CavityStep v -> new CorrectCavityStep(new CavityId(aggregateId), stepId, v, reason);
            case null -> throw InvalidInputException.of("newValues", null, "are required");
            default -> throw InvalidInputException.of("newValues", newValues.getClass().getSimpleName(),
                    "are not the values of a recordable step");
        };
        edit(aggregateId, command, reason, expectedVersion);
    }

    /** Voids a step of any lab object, saying why. */
    public void voidStep(String aggregateId, StepId stepId, String reason) {
        voidStep(aggregateId, stepId, reason, null);
    }

    /** Voids a step, refused with {@link EditConflict} unless the object is still at {@code expectedVersion}. */
    public void voidStep(String aggregateId, StepId stepId, String reason, Long expectedVersion) {
        String type = typeOf(aggregateId).orElseThrow(() -> InvalidInputException.of("id", aggregateId,
                "no lab object with this id"));
        Object command = switch (type) {
            case BATCH -> new VoidSynthesisStep(new BatchId(aggregateId), stepId, reason);
            case SAMPLE -> new VoidSampleStep(new SampleId(aggregateId), stepId, reason);
            case MIRROR -> new VoidMirrorStep(new MirrorId(aggregateId), stepId, reason);
            case FILM -> new VoidFilmStep(new FilmId(aggregateId), stepId, reason);
            case CAVITY -> new VoidCavityStep(new CavityId(aggregateId), stepId, reason);
            default -> throw InvalidInputException.of("id", aggregateId, "a " + type + " has no steps that can be voided");
        };
        edit(aggregateId, command, reason, expectedVersion);
    }

    /** The object's version: the sequence number of its latest event, straight from the event store (-1: none). */
    public long version(String aggregateId) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT MAX(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?")) {
            ps.setString(1, aggregateId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long v = rs.getLong(1);
                return rs.wasNull() ? -1 : v;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the event store for " + aggregateId + ": " + e.getMessage(), e);
        }
    }

    /** Someone else changed the object after the user opened it: who, when, and what to do. Nothing was stored. */
    public static class EditConflict extends RuntimeException {
        public EditConflict(String message) {
            super(message);
        }
    }

    /**
     * Sends a correction or void made on {@code expectedVersion} of the object (null: unchecked); the aggregate
     * refuses it if the object changed since, and the refusal is told as who changed it when.
     */
    private void edit(String aggregateId, Object command, String reason, Long expectedVersion) {
        try {
            send(command, reason, expectedVersion);
        } catch (org.photonledger.domain.validation.ConcurrentEditException e) {
            DomainEventMessage<?> last = events(aggregateId).getLast();
            Object who = last.getMetaData().get(MetadataKeys.ACTOR);
            throw new EditConflict("Changed by " + (who == null ? MetadataKeys.SYSTEM : who) + " at "
                    + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneId
                    .systemDefault()).format(last.getTimestamp()) + " (" + last.getPayloadType().getSimpleName()
                    + "), after you opened it: you edited version " + e.expectedVersion() + ", it is at version "
                    + e.actualVersion() + " now. Reload to see that change, then apply yours again if it still "
                    + "applies; nothing of yours was stored.");
        }
        // The next page shows the object's steps and the stock from the read models; let them catch up first.
        axon.awaitCaughtUp(READ_YOUR_WRITE);
    }

    // --- reads ------------------------------------------------------------------------------------------------

    /**
     * The aggregate type of a lab object ({@link #BATCH}, {@link #SAMPLE}, …), from the event store itself, so it
     * is known the moment the object exists; empty if there is none with this id.
     */
    public Optional<String> typeOf(String aggregateId) {
        if (aggregateId == null || aggregateId.isBlank()) {
            return Optional.empty();
        }
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT type FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0")) {
            ps.setString(1, aggregateId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the event store for " + aggregateId + ": " + e.getMessage(), e);
        }
    }

    /**
     * The object's steps in recording order with their current values, exactly as its aggregate decides on them
     * (the read models may lag; a correction must start from what the aggregate holds).
     */
    public List<RecordedStep> steps(String aggregateId) {
        Map<StepId, RecordedStep> steps = new LinkedHashMap<>();
        for (DomainEventMessage<?> message : events(aggregateId)) {
            Object payload = message.getPayload();
            switch (payload) {
                case StepRecord r -> {
                    Object actor = message.getMetaData().get(MetadataKeys.ACTOR);
                    steps.put(r.stepId(), new RecordedStep(r.stepId(), valuesOf(payload), false, 0, null,
                            message.getTimestamp(), actor == null ? MetadataKeys.SYSTEM : actor.toString()));
                }
                case StepCorrection c -> steps.computeIfPresent(c.stepId(), (id, s) -> new RecordedStep(id,
                        valuesOf(payload), s.voided(), s.corrections() + 1, c.reason(), s.recordedAt(), s.recordedBy()));
                case StepVoid v -> steps.computeIfPresent(v.stepId(), (id, s) -> new RecordedStep(id, s.values(), true,
                        s.corrections(), v.reason(), s.recordedAt(), s.recordedBy()));
                default -> {
                    // starting a batch, abandoning, discarding, disassembling: not steps with values
                }
            }
        }
        return List.copyOf(steps.values());
    }

    public Optional<RecordedStep> step(String aggregateId, StepId stepId) {
        return steps(aggregateId).stream().filter(s -> s.stepId().equals(stepId)).findFirst();
    }

    /** The figures stored with a cavity configuration, as last corrected. */
    public Optional<CavityFigures> figures(String cavityId, StepId stepId) {
        CavityFigures found = null;
        for (DomainEventMessage<?> message : events(cavityId)) {
            if (message.getPayload() instanceof CavityConfigured e && e.stepId().equals(stepId)) {
                found = e.figures();
            } else if (message.getPayload() instanceof CavityConfigurationCorrected e && e.stepId().equals(stepId)) {
                found = e.figures();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The features of a featured mirror's active milling steps, as a cavity can choose them. */
    public List<MilledFeature> features(String mirrorId) {
        return steps(mirrorId).stream()
                .filter(s -> !s.voided() && s.values() instanceof FeatureMilling)
                .flatMap(s -> ((FeatureMilling) s.values()).features().stream())
                .toList();
    }

    /** The planar mirror a film was spin-coated onto, if it lies on one. */
    public Optional<String> substrateMirrorOf(String filmId) {
        List<DomainEventMessage<?>> events = events(filmId);
        if (!events.isEmpty() && events.getFirst().getPayload() instanceof FilmSpinCoated coated
                && coated.substrate() != null && coated.substrate().mirrorId() != null) {
            return Optional.of(coated.substrate().mirrorId().value());
        }
        return Optional.empty();
    }

    public Optional<SampleRow> object(String id) {
        return id == null || id.isBlank() ? Optional.empty() : samples.byId(id);
    }

    /** Lab objects of one kind, newest first, at most one read-model page. */
    public List<SampleRow> objects(String kind) {
        return samples.search(SampleSearch.ofKind(kind), List.of(), 0, SampleQueries.MAX_PAGE).rows();
    }

    /** Reagent lots whose name, CAS number, supplier, lot number or location contains the filter. */
    public Page<ReagentLotRow> lots(String filter, int offset, int limit) {
        return lots.page(filter, List.of(), offset, Math.max(1, Math.min(limit, ReagentLotQueries.MAX_PAGE)));
    }

    public Optional<ReagentLotRow> lot(ReagentLotId lotId) {
        return lotId == null ? Optional.empty() : lots.byId(lotId.value());
    }

    // --- sending ----------------------------------------------------------------------------------------------

    private void sendAndSettle(Object command, String reason) {
        send(command, reason);
        // The next page shows the object's steps and the stock from the read models; let them catch up first.
        axon.awaitCaughtUp(READ_YOUR_WRITE);
    }

    /** Sends as the current actor (added by the runtime's dispatch interceptor), the reason in the metadata. */
    private void send(Object command, String reason) {
        send(command, reason, null);
    }

    /** As {@link #send(Object, String)}, naming the object version the edit was made on, when there is one. */
    private void send(Object command, String reason, Long expectedVersion) {
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command);
        if (reason != null && !reason.isBlank()) {
            message = message.andMetaData(Map.of(MetadataKeys.REASON, reason.strip()));
        }
        if (expectedVersion != null) {
            message = message.andMetaData(Map.of(MetadataKeys.EXPECTED_VERSION, expectedVersion));
        }
        axon.send(message);
    }

    private Optional<SampleRow> created(String id) {
        axon.awaitCaughtUp(READ_YOUR_WRITE);
        return id == null ? Optional.empty() : samples.byId(id);
    }

    private List<DomainEventMessage<?>> events(String aggregateId) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        if (aggregateId == null || aggregateId.isBlank()) {
            return events;
        }
        DomainEventStream stream = axon.eventStore().readEvents(aggregateId);
        stream.forEachRemaining(events::add);
        return events;
    }

    /**
     * The step values an event carries. Found by type rather than by a list of event classes, so that a new step
     * event is covered as soon as it exists; the domain's sealed step types are the contract.
     */
    private static Object valuesOf(Object event) {
        if (event.getClass().isRecord()) {
            for (RecordComponent component : event.getClass().getRecordComponents()) {
                if (STEP_VALUE_TYPES.stream().anyMatch(t -> t.isAssignableFrom(component.getType()))) {
                    try {
                        return component.getAccessor().invoke(event);
                    } catch (IllegalAccessException | InvocationTargetException e) {
                        throw new IllegalStateException("cannot read the values of " + event.getClass().getSimpleName(), e);
                    }
                }
            }
        }
        throw new IllegalStateException(event.getClass().getSimpleName() + " records a step but carries no step values");
    }
}
