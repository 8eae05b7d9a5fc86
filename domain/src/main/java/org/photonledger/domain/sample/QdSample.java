package org.photonledger.domain.sample;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.photonledger.domain.reagent.ReagentUse;
import org.photonledger.domain.step.StepHistory;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.validation.FieldErrors;

/**
 * A quantum-dot sample derived from a batch or other samples by one preparation (EDTA treatment, size selection
 * or PMMA dispersion). Made, corrected and voided through {@link SamplePreparationHandler}, which checks the
 * parents and moves reagent stock in the same unit of work.
 */
@AggregateRoot(type = "QdSample")
public class QdSample {

    static final int MAX_PARENTS = 20;
    static final int MAX_TEXT = 200;

    @AggregateIdentifier
    private SampleId sampleId;
    private SampleKind kind;
    private List<ParentRef> parents;
    private String label;
    private String discardedBecause;
    private String voidedBecause;
    private final StepHistory<SamplePreparation> steps = new StepHistory<>();

    protected QdSample() {
        // for Axon's event sourcing
    }

    /** Makes the sample; the caller has checked the input with {@link #check} and that the parents are usable. */
    QdSample(SampleId sampleId, StepId stepId, List<ParentRef> parents, String label, SamplePreparation values) {
        check(sampleId, stepId, parents, label, values).throwIfAny();
        List<ParentRef> copy = List.copyOf(parents);
        String name = label == null || label.isBlank() ? null : label.strip();
        apply(switch (values) {
            case EdtaTreatment v -> new EdtaTreatmentRecorded(sampleId, stepId, copy, name, v);
            case SizeSelection v -> new SizeSelectionRecorded(sampleId, stepId, copy, name, v);
            case PmmaDispersion v -> new PmmaDispersionRecorded(sampleId, stepId, copy, name, v);
        });
    }

    /** Every problem with a new sample's input that can be seen without looking at its parents. */
    static FieldErrors check(SampleId sampleId, StepId stepId, List<ParentRef> parents, String label,
            SamplePreparation values) {
        FieldErrors errors = new FieldErrors()
                .required("sampleId", sampleId)
                .required("stepId", stepId)
                .maxLength("label", label, MAX_TEXT);
        if (parents == null || parents.isEmpty()) {
            errors.add("parents", null, "at least one parent (a batch or a sample) is required");
        } else if (parents.size() > MAX_PARENTS) {
            errors.add("parents", parents.size(), "at most " + MAX_PARENTS + " parents");
        } else {
            for (int i = 0; i < parents.size(); i++) {
                ParentRef p = parents.get(i);
                if (p == null || p.kind() == null || p.id() == null || p.id().isBlank()) {
                    errors.add("parents[" + i + "]", p, "needs a kind (BATCH or SAMPLE) and an id");
                } else if (sampleId != null && p.kind() == ParentKind.SAMPLE && p.id().equals(sampleId.value())) {
                    errors.add("parents[" + i + "]", p, "a sample cannot be its own parent");
                } else if (parents.subList(0, i).contains(p)) {
                    errors.add("parents[" + i + "]", p, "is listed twice");
                }
            }
        }
        if (values == null) {
            errors.add("values", null, "are required");
        } else {
            values.check().list().forEach(e -> errors.add(e.field(), e.value(), e.message()));
        }
        return errors;
    }

    @CommandHandler
    void handle(DiscardSample command) {
        FieldErrors errors = StepHistory.checkReason(new FieldErrors(), command.reason());
        if (discardedBecause != null) {
            errors.add("sampleId", sampleId, "was already discarded (" + discardedBecause + ")");
        }
        errors.throwIfAny();
        apply(new SampleDiscarded(sampleId, command.reason().strip()));
    }

    /** Replaces the preparation's values with corrected ones of the same kind (allowed after discarding too). */
    void correct(StepId stepId, SamplePreparation newValues, String reason) {
        FieldErrors errors = new FieldErrors();
        steps.checkChangeable(errors, stepId, "sample " + sampleId);
        StepHistory.checkReason(errors, reason);
        if (newValues == null) {
            errors.add("newValues", null, "are required");
        } else if (!errors.has("stepId")) {
            SamplePreparation current = steps.active(stepId).orElseThrow();
            if (current.kind() != newValues.kind()) {
                errors.add("newValues", newValues.kind().title(), "sample " + sampleId + " was made by "
                        + current.kind().title() + "; a correction must carry values of the same kind");
            } else if (current.equals(newValues)) {
                errors.add("newValues", null, "are the same as the recorded values; there is nothing to correct");
            } else {
                newValues.check().list().forEach(e -> errors.add("newValues." + e.field(), e.value(), e.message()));
            }
        }
        errors.throwIfAny();
        String why = reason.strip();
        apply(switch (newValues) {
            case EdtaTreatment v -> new EdtaTreatmentCorrected(sampleId, stepId, v, why);
            case SizeSelection v -> new SizeSelectionCorrected(sampleId, stepId, v, why);
            case PmmaDispersion v -> new PmmaDispersionCorrected(sampleId, stepId, v, why);
        });
    }

    /** Declares the preparation void: the sample stays in the history but cannot be used any more. */
    void voidStep(StepId stepId, String reason) {
        FieldErrors errors = new FieldErrors();
        steps.checkChangeable(errors, stepId, "sample " + sampleId);
        StepHistory.checkReason(errors, reason);
        errors.throwIfAny();
        apply(new SampleStepVoided(sampleId, stepId, reason.strip()));
    }

    /** What the step currently takes from stock; empty if there is no such active step. */
    Map<String, ReagentUse> reagentUsesOf(StepId stepId) {
        return stepId == null ? Map.of() : steps.active(stepId).map(SamplePreparation::reagentUses).orElse(Map.of());
    }

    /** Why nothing can be derived from (or made with) this sample, or empty if it can be used. */
    public Optional<String> whyNotUsable() {
        if (voidedBecause != null) {
            return Optional.of("sample " + sampleId + " was voided (" + voidedBecause + ")");
        }
        if (discardedBecause != null) {
            return Optional.of("sample " + sampleId + " was discarded (" + discardedBecause + ")");
        }
        return Optional.empty();
    }

    public SampleId sampleId() {
        return sampleId;
    }

    public SampleKind kind() {
        return kind;
    }

    public List<ParentRef> parents() {
        return parents;
    }

    private void made(SampleId id, StepId stepId, List<ParentRef> parentRefs, String name, SamplePreparation values) {
        this.sampleId = id;
        this.kind = values.kind();
        this.parents = parentRefs;
        this.label = name;
        steps.recorded(stepId, values);
    }

    @EventSourcingHandler
    void on(EdtaTreatmentRecorded e) {
        made(e.sampleId(), e.stepId(), e.parents(), e.label(), e.values());
    }

    @EventSourcingHandler
    void on(SizeSelectionRecorded e) {
        made(e.sampleId(), e.stepId(), e.parents(), e.label(), e.values());
    }

    @EventSourcingHandler
    void on(PmmaDispersionRecorded e) {
        made(e.sampleId(), e.stepId(), e.parents(), e.label(), e.values());
    }

    @EventSourcingHandler
    void on(EdtaTreatmentCorrected e) {
        steps.corrected(e.stepId(), e.values());
    }

    @EventSourcingHandler
    void on(SizeSelectionCorrected e) {
        steps.corrected(e.stepId(), e.values());
    }

    @EventSourcingHandler
    void on(PmmaDispersionCorrected e) {
        steps.corrected(e.stepId(), e.values());
    }

    @EventSourcingHandler
    void on(SampleStepVoided e) {
        steps.voided(e.stepId());
        this.voidedBecause = e.reason();
    }

    @EventSourcingHandler
    void on(SampleDiscarded e) {
        this.discardedBecause = e.reason();
    }
}
