package org.photonledger.domain.cavity;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateRoot;
import org.photonledger.domain.audit.MetadataKeys;
import org.photonledger.domain.film.FilmId;
import org.photonledger.domain.mirror.MilledFeature;
import org.photonledger.domain.mirror.MirrorId;
import org.photonledger.domain.mirror.ReflectivityMeasurement;
import org.photonledger.domain.step.StepHistory;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.units.Unit;
import org.photonledger.domain.validation.ConcurrentEditException;
import org.photonledger.domain.validation.FieldErrors;
import org.photonledger.domain.validation.InvalidInputException;

/**
 * An open-access microcavity from assembly to disassembly: configured any number of times in between, each
 * configuration stored with its derived figures ({@link CavityPhysics}). Assembled through
 * {@link CavityAssemblyHandler}, which checks the mirrors and the film.
 */
@AggregateRoot(type = "Cavity")
public class Cavity {

    static final int MAX_TEXT = 200;

    @AggregateIdentifier
    private CavityId cavityId;
    private MirrorId planarMirrorId;
    private FilmId filmId;
    private MirrorId featuredMirrorId;
    private MilledFeature feature;
    private ReflectivityMeasurement planarReflectivity;
    private ReflectivityMeasurement featuredReflectivity;
    private String disassembledBecause;
    private boolean disassembled;
    private final StepHistory<CavityStep> steps = new StepHistory<>();

    protected Cavity() {
        // for Axon's event sourcing
    }

    /** Assembles the cavity; the caller has checked the mirrors, the film and the feature. */
    Cavity(AssembleCavity command, MilledFeature feature, ReflectivityMeasurement planarReflectivity,
            ReflectivityMeasurement featuredReflectivity) {
        check(command).throwIfAny();
        DotSelection dot = command.dot();
        DotSelection cleaned = new DotSelection(dot.label() == null || dot.label().isBlank() ? null : dot.label().strip(),
                dot.position());
        apply(new CavityAssembled(command.cavityId(), command.stepId(), command.planarMirrorId(), command.filmId(),
                command.featuredMirrorId(), feature, cleaned, planarReflectivity, featuredReflectivity));
    }

    /** Every problem with an assembly's input that can be seen without looking at the mirrors and the film. */
    static FieldErrors check(AssembleCavity command) {
        FieldErrors errors = new FieldErrors()
                .required("cavityId", command.cavityId())
                .required("stepId", command.stepId())
                .required("planarMirrorId", command.planarMirrorId())
                .required("filmId", command.filmId())
                .required("featuredMirrorId", command.featuredMirrorId())
                .required("featureLabel", command.featureLabel())
                .maxLength("featureLabel", command.featureLabel(), MAX_TEXT);
        if (command.planarMirrorId() != null && command.planarMirrorId().equals(command.featuredMirrorId())) {
            errors.add("featuredMirrorId", command.featuredMirrorId(), "must be another mirror than the planar one");
        }
        if (command.dot() == null) {
            errors.add("dot", null, "is required (the dot's position on the film)");
        } else {
            command.dot().check().list().forEach(e -> errors.add(e.field(), e.value(), e.message()));
        }
        return errors;
    }

    @CommandHandler
    void handle(ConfigureCavity command) {
        refuseIfEnded();
        FieldErrors errors = checkConfiguration(command.values(), "");
        steps.checkNew(errors, command.stepId());
        errors.throwIfAny();
        apply(new CavityConfigured(cavityId, command.stepId(), command.values(), figures(command.values())));
    }

    @CommandHandler
    void handle(CorrectCavityStep command,
            @MetaDataValue(MetadataKeys.EXPECTED_VERSION) Long expectedVersion) {
        ConcurrentEditException.check(expectedVersion, AggregateLifecycle.getVersion());
        FieldErrors errors = new FieldErrors();
        StepId stepId = command.stepId();
        steps.checkChangeable(errors, stepId, "cavity " + cavityId);
        StepHistory.checkReason(errors, command.reason());
        CavityStep newValues = command.newValues();
        if (newValues == null) {
            errors.add("newValues", null, "are required");
        } else if (!errors.has("stepId")) {
            CavityStep current = steps.active(stepId).orElseThrow();
            if (current.kind() != newValues.kind()) {
                errors.add("newValues", newValues.kind().title(), "step " + stepId + " is a '" + current.kind().title()
                        + "' step; a correction must carry values of the same kind");
            } else if (current.equals(newValues)) {
                errors.add("newValues", null, "are the same as the recorded values; there is nothing to correct");
            } else if (newValues instanceof CavityConfiguration c) {
                checkConfiguration(c, "newValues.").list().forEach(e -> errors.add(e.field(), e.value(), e.message()));
            } else {
                newValues.check().list().forEach(e -> errors.add("newValues." + e.field(), e.value(), e.message()));
            }
        }
        errors.throwIfAny();
        String why = command.reason().strip();
        apply(switch (newValues) {
            case DotSelection v -> new DotSelectionCorrected(cavityId, stepId, v, why);
            case CavityConfiguration v -> new CavityConfigurationCorrected(cavityId, stepId, v, figures(v), why);
        });
    }

    @CommandHandler
    void handle(VoidCavityStep command,
            @MetaDataValue(MetadataKeys.EXPECTED_VERSION) Long expectedVersion) {
        ConcurrentEditException.check(expectedVersion, AggregateLifecycle.getVersion());
        FieldErrors errors = new FieldErrors();
        StepId stepId = command.stepId();
        steps.checkChangeable(errors, stepId, "cavity " + cavityId);
        StepHistory.checkReason(errors, command.reason());
        if (!errors.has("stepId") && steps.active(stepId).orElseThrow().kind() == CavityStepKind.ASSEMBLY) {
            steps.allActive(v -> v.kind() == CavityStepKind.CONFIGURATION).forEach(c -> errors.add("stepId", stepId,
                    "'" + CavityStepKind.CONFIGURATION.title() + "' (step " + c + ") depends on this step; void that "
                            + "first"));
        }
        errors.throwIfAny();
        apply(new CavityStepVoided(cavityId, stepId, command.reason().strip()));
    }

    @CommandHandler
    void handle(DisassembleCavity command) {
        FieldErrors errors = new FieldErrors().maxLength("reason", command.reason(), StepHistory.MAX_REASON);
        if (disassembled) {
            errors.add("cavityId", cavityId, "was already disassembled");
        }
        errors.throwIfAny();
        String why = command.reason() == null || command.reason().isBlank() ? null : command.reason().strip();
        apply(new CavityDisassembled(cavityId, why));
    }

    private FieldErrors checkConfiguration(CavityConfiguration values, String prefix) {
        FieldErrors errors = new FieldErrors();
        if (values == null) {
            return errors.add(prefix + "values", null, "are required");
        }
        values.check().list().forEach(e -> errors.add(prefix + e.field(), e.value(), e.message()));
        if (!errors.has(prefix + "length") && values.modelledModeVolume() == null
                && !CavityPhysics.stable(values.length(), feature.radiusOfCurvature())) {
            errors.add(prefix + "length", values.length(), "must be shorter than feature " + feature.label()
                    + "'s radius of curvature (" + feature.radiusOfCurvature().to(Unit.MICROMETRE) + ") for a stable "
                    + "Gaussian mode; otherwise give a modelled mode volume");
        }
        return errors;
    }

    private CavityFigures figures(CavityConfiguration values) {
        return CavityPhysics.figures(values, planarReflectivity, featuredReflectivity, feature.radiusOfCurvature());
    }

    private void refuseIfEnded() {
        if (disassembled) {
            throw InvalidInputException.of("cavityId", cavityId, "was disassembled"
                    + (disassembledBecause == null ? "" : " (" + disassembledBecause + ")")
                    + "; it can no longer be configured");
        }
        if (steps.firstActive(v -> v.kind() == CavityStepKind.ASSEMBLY).isEmpty()) {
            throw InvalidInputException.of("cavityId", cavityId, "its assembly was voided; it can no longer be "
                    + "configured");
        }
    }

    /** Whether the cavity can still be configured (assembled, not voided, not disassembled). */
    public Optional<String> whyNotConfigurable() {
        try {
            refuseIfEnded();
            return Optional.empty();
        } catch (InvalidInputException e) {
            return Optional.of(e.errors().getFirst().message());
        }
    }

    public CavityId cavityId() {
        return cavityId;
    }

    /** The configuration step in force now: the last recorded one that is not void. */
    public Optional<StepId> activeConfiguration() {
        var all = steps.allActive(v -> v.kind() == CavityStepKind.CONFIGURATION);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }

    /** The chosen dot, as currently recorded (corrections applied). */
    public Optional<DotSelection> dot() {
        return steps.firstActive(v -> v.kind() == CavityStepKind.ASSEMBLY).flatMap(steps::active)
                .map(DotSelection.class::cast);
    }

    public MirrorId planarMirrorId() {
        return planarMirrorId;
    }

    public FilmId filmId() {
        return filmId;
    }

    public MirrorId featuredMirrorId() {
        return featuredMirrorId;
    }

    @EventSourcingHandler
    void on(CavityAssembled e) {
        this.cavityId = e.cavityId();
        this.planarMirrorId = e.planarMirrorId();
        this.filmId = e.filmId();
        this.featuredMirrorId = e.featuredMirrorId();
        this.feature = e.feature();
        this.planarReflectivity = e.planarReflectivity();
        this.featuredReflectivity = e.featuredReflectivity();
        steps.recorded(e.stepId(), e.dot());
    }

    @EventSourcingHandler
    void on(CavityConfigured e) {
        steps.recorded(e.stepId(), e.values());
    }

    @EventSourcingHandler
    void on(DotSelectionCorrected e) {
        steps.corrected(e.stepId(), e.values());
    }

    @EventSourcingHandler
    void on(CavityConfigurationCorrected e) {
        steps.corrected(e.stepId(), e.values());
    }

    @EventSourcingHandler
    void on(CavityStepVoided e) {
        steps.voided(e.stepId());
    }

    @EventSourcingHandler
    void on(CavityDisassembled e) {
        this.disassembled = true;
        this.disassembledBecause = e.reason();
    }
}
