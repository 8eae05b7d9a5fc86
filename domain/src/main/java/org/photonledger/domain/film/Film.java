package org.photonledger.domain.film;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateRoot;
import org.photonledger.domain.audit.MetadataKeys;
import org.photonledger.domain.sample.SampleId;
import org.photonledger.domain.step.StepHistory;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.validation.ConcurrentEditException;
import org.photonledger.domain.validation.FieldErrors;
import org.photonledger.domain.validation.InvalidInputException;

/**
 * A film of quantum dots spin-coated from one sample onto a substrate, with its measured densities. Made through
 * {@link SpinCoatingHandler}, which checks the sample and the substrate mirror; later steps are decided here.
 */
@AggregateRoot(type = "Film")
public class Film {

    static final int MAX_TEXT = 200;

    @AggregateIdentifier
    private FilmId filmId;
    private SampleId sampleId;
    private FilmSubstrate substrate;
    private String label;
    private final StepHistory<FilmStep> steps = new StepHistory<>();

    protected Film() {
        // for Axon's event sourcing
    }

    /** Makes the film; the caller has checked the input with {@link #check} and that sample and mirror are usable. */
    Film(SpinCoatFilm command) {
        check(command).throwIfAny();
        String name = command.label() == null || command.label().isBlank() ? null : command.label().strip();
        FilmSubstrate s = command.substrate();
        FilmSubstrate cleaned = new FilmSubstrate(s.kind(), s.mirrorId(),
                s.description() == null || s.description().isBlank() ? null : s.description().strip());
        apply(new FilmSpinCoated(command.filmId(), command.stepId(), command.sampleId(), cleaned, name,
                command.values()));
    }

    /** Every problem with a new film's input that can be seen without looking at the sample or the mirror. */
    static FieldErrors check(SpinCoatFilm command) {
        FieldErrors errors = new FieldErrors()
                .required("filmId", command.filmId())
                .required("stepId", command.stepId())
                .required("sampleId", command.sampleId())
                .maxLength("label", command.label(), MAX_TEXT);
        FilmSubstrate s = command.substrate();
        if (s == null || s.kind() == null) {
            errors.add("substrate.kind", null, "is required: PLANAR_MIRROR or GLASS_COVERSLIP");
        } else if (s.kind() == SubstrateKind.PLANAR_MIRROR) {
            errors.required("substrate.mirrorId", s.mirrorId()).maxLength("substrate.description", s.description(),
                    MAX_TEXT);
        } else {
            if (s.mirrorId() != null) {
                errors.add("substrate.mirrorId", s.mirrorId(), "must be empty for a glass coverslip");
            }
            errors.maxLength("substrate.description", s.description(), MAX_TEXT);
        }
        if (command.values() == null) {
            errors.add("values", null, "are required");
        } else {
            command.values().check().list().forEach(e -> errors.add(e.field(), e.value(), e.message()));
        }
        return errors;
    }

    @CommandHandler
    void handle(RecordFilmDensity command) {
        if (steps.firstActive(v -> v.kind() == FilmStepKind.SPIN_COATING).isEmpty()) {
            throw InvalidInputException.of("filmId", filmId, "was voided; nothing more can be recorded for it");
        }
        FieldErrors errors = new FieldErrors();
        steps.checkNew(errors, command.stepId());
        if (command.values() == null) {
            errors.add("values", null, "are required");
        } else {
            command.values().check().list().forEach(e -> errors.add(e.field(), e.value(), e.message()));
        }
        errors.throwIfAny();
        apply(new FilmDensityMeasured(filmId, command.stepId(), command.values()));
    }

    @CommandHandler
    void handle(CorrectFilmStep command,
            @MetaDataValue(MetadataKeys.EXPECTED_VERSION) Long expectedVersion) {
        ConcurrentEditException.check(expectedVersion, AggregateLifecycle.getVersion());
        FieldErrors errors = new FieldErrors();
        StepId stepId = command.stepId();
        steps.checkChangeable(errors, stepId, "film " + filmId);
        StepHistory.checkReason(errors, command.reason());
        FilmStep newValues = command.newValues();
        if (newValues == null) {
            errors.add("newValues", null, "are required");
        } else if (!errors.has("stepId")) {
            FilmStep current = steps.active(stepId).orElseThrow();
            if (current.kind() != newValues.kind()) {
                errors.add("newValues", newValues.kind().title(), "step " + stepId + " is a '" + current.kind().title()
                        + "' step; a correction must carry values of the same kind");
            } else if (current.equals(newValues)) {
                errors.add("newValues", null, "are the same as the recorded values; there is nothing to correct");
            } else {
                newValues.check().list().forEach(e -> errors.add("newValues." + e.field(), e.value(), e.message()));
            }
        }
        errors.throwIfAny();
        String why = command.reason().strip();
        apply(switch (newValues) {
            case SpinCoating v -> new SpinCoatingCorrected(filmId, stepId, v, why);
            case DensityMeasurement v -> new DensityMeasurementCorrected(filmId, stepId, v, why);
        });
    }

    @CommandHandler
    void handle(VoidFilmStep command,
            @MetaDataValue(MetadataKeys.EXPECTED_VERSION) Long expectedVersion) {
        ConcurrentEditException.check(expectedVersion, AggregateLifecycle.getVersion());
        FieldErrors errors = new FieldErrors();
        StepId stepId = command.stepId();
        steps.checkChangeable(errors, stepId, "film " + filmId);
        StepHistory.checkReason(errors, command.reason());
        if (!errors.has("stepId") && steps.active(stepId).orElseThrow().kind() == FilmStepKind.SPIN_COATING) {
            steps.allActive(v -> v.kind() == FilmStepKind.DENSITY_MEASUREMENT).forEach(m -> errors.add("stepId", stepId,
                    "'" + FilmStepKind.DENSITY_MEASUREMENT.title() + "' (step " + m + ") depends on this step; void that "
                            + "first"));
        }
        errors.throwIfAny();
        apply(new FilmStepVoided(filmId, stepId, command.reason().strip()));
    }

    /** Why no cavity can be built on this film, or empty if it can. */
    public Optional<String> whyNotUsable() {
        if (steps.firstActive(v -> v.kind() == FilmStepKind.SPIN_COATING).isEmpty()) {
            return Optional.of("film " + filmId + " was voided");
        }
        return Optional.empty();
    }

    public FilmId filmId() {
        return filmId;
    }

    public SampleId sampleId() {
        return sampleId;
    }

    public FilmSubstrate substrate() {
        return substrate;
    }

    public String label() {
        return label;
    }

    @EventSourcingHandler
    void on(FilmSpinCoated e) {
        this.filmId = e.filmId();
        this.sampleId = e.sampleId();
        this.substrate = e.substrate();
        this.label = e.label();
        steps.recorded(e.stepId(), e.values());
    }

    @EventSourcingHandler
    void on(FilmDensityMeasured e) {
        steps.recorded(e.stepId(), e.values());
    }

    @EventSourcingHandler
    void on(SpinCoatingCorrected e) {
        steps.corrected(e.stepId(), e.values());
    }

    @EventSourcingHandler
    void on(DensityMeasurementCorrected e) {
        steps.corrected(e.stepId(), e.values());
    }

    @EventSourcingHandler
    void on(FilmStepVoided e) {
        steps.voided(e.stepId());
    }
}
