package org.photonledger.domain.synthesis;

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
import org.photonledger.domain.validation.InvalidInputException;

/**
 * One hot-injection synthesis batch: decides whether a step may be recorded (order of the protocol, one active
 * step of each kind, not abandoned), corrected or voided. Steps that take reagents are recorded through
 * {@link SynthesisStepHandler}, which moves the stock in the same unit of work.
 */
@AggregateRoot(type = "SynthesisBatch")
public class SynthesisBatch {

    static final int MAX_TEXT = 200;

    @AggregateIdentifier
    private BatchId batchId;
    private String name;
    private String abandonedBecause;
    private final StepHistory<SynthesisStep> steps = new StepHistory<>();

    protected SynthesisBatch() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public SynthesisBatch(StartSynthesisBatch command) {
        new FieldErrors()
                .required("batchId", command.batchId())
                .required("name", command.name())
                .maxLength("name", command.name(), MAX_TEXT)
                .maxLength("protocol", command.protocol(), MAX_TEXT)
                .throwIfAny();
        String protocol = command.protocol() == null || command.protocol().isBlank() ? null : command.protocol().strip();
        apply(new SynthesisBatchStarted(command.batchId(), command.name().strip(), protocol));
    }

    @CommandHandler
    void handle(AbandonSynthesisBatch command) {
        FieldErrors errors = StepHistory.checkReason(new FieldErrors(), command.reason());
        if (abandonedBecause != null) {
            errors.add("batchId", batchId, "was already abandoned (" + abandonedBecause + ")");
        }
        errors.throwIfAny();
        apply(new SynthesisBatchAbandoned(batchId, command.reason().strip()));
    }

    /** Records a new step if the protocol's order allows it; the caller takes its reagents out of stock. */
    void record(StepId stepId, SynthesisStep values) {
        if (values == null) {
            throw InvalidInputException.of("values", null, "are required");
        }
        refuseIfAbandoned();
        SynthesisStepKind kind = values.kind();
        steps.firstActive(v -> v.kind() == kind).ifPresent(existing -> {
            throw InvalidInputException.of("step", kind.title(), "is already recorded for batch " + batchId + " as step "
                    + existing + "; correct or void that step instead");
        });
        List<String> missing = kind.prerequisites().stream()
                .filter(required -> steps.firstActive(v -> v.kind() == required).isEmpty())
                .map(SynthesisStepKind::title)
                .toList();
        if (!missing.isEmpty()) {
            throw InvalidInputException.of("step", kind.title(), "cannot be recorded yet for batch " + batchId
                    + ": missing step " + String.join(" and ", missing.stream().map(m -> "'" + m + "'").toList()));
        }
        FieldErrors errors = values.check();
        steps.checkNew(errors, stepId);
        errors.throwIfAny();
        apply(switch (values) {
            case CsOleatePreparation v -> new CsOleatePrepared(batchId, stepId, v);
            case PbI2SolutionPreparation v -> new PbI2SolutionPrepared(batchId, stepId, v);
            case HotInjection v -> new HotInjectionPerformed(batchId, stepId, v);
            case Purification v -> new BatchPurified(batchId, stepId, v);
            case Storage v -> new BatchStored(batchId, stepId, v);
        });
    }

    /**
     * Replaces a step's values with corrected ones of the same kind. Allowed after abandonment too: abandoning ends
     * what can be done with the batch, not the duty to keep its record right.
     */
    void correct(StepId stepId, SynthesisStep newValues, String reason) {
        FieldErrors errors = new FieldErrors();
        steps.checkChangeable(errors, stepId, "batch " + batchId);
        StepHistory.checkReason(errors, reason);
        if (newValues == null) {
            errors.add("newValues", null, "are required");
        } else if (!errors.has("stepId")) {
            SynthesisStep current = steps.active(stepId).orElseThrow();
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
        String why = reason.strip();
        apply(switch (newValues) {
            case CsOleatePreparation v -> new CsOleatePreparationCorrected(batchId, stepId, v, why);
            case PbI2SolutionPreparation v -> new PbI2SolutionPreparationCorrected(batchId, stepId, v, why);
            case HotInjection v -> new HotInjectionCorrected(batchId, stepId, v, why);
            case Purification v -> new PurificationCorrected(batchId, stepId, v, why);
            case Storage v -> new StorageCorrected(batchId, stepId, v, why);
        });
    }

    /** Declares a step void, unless a later active step depends on it (that one must be voided first). */
    void voidStep(StepId stepId, String reason) {
        FieldErrors errors = new FieldErrors();
        steps.checkChangeable(errors, stepId, "batch " + batchId);
        StepHistory.checkReason(errors, reason);
        if (!errors.has("stepId")) {
            SynthesisStepKind kind = steps.active(stepId).orElseThrow().kind();
            for (SynthesisStepKind later : SynthesisStepKind.values()) {
                if (later.prerequisites().contains(kind)) {
                    steps.firstActive(v -> v.kind() == later).ifPresent(dependent -> errors.add("stepId", stepId,
                            "'" + later.title() + "' (step " + dependent + ") depends on this step; void that first"));
                }
            }
        }
        errors.throwIfAny();
        apply(new SynthesisStepVoided(batchId, stepId, reason.strip()));
    }

    /** What the step currently takes from stock; empty if there is no such active step. */
    Map<String, ReagentUse> reagentUsesOf(StepId stepId) {
        return stepId == null ? Map.of() : steps.active(stepId).map(SynthesisStep::reagentUses).orElse(Map.of());
    }

    /** Why samples cannot be derived from this batch (abandoned, or not stored yet), or empty if they can. */
    public Optional<String> whyNotUsable() {
        if (abandonedBecause != null) {
            return Optional.of("batch " + batchId + " was abandoned (" + abandonedBecause + ")");
        }
        if (steps.firstActive(v -> v.kind() == SynthesisStepKind.STORAGE).isEmpty()) {
            return Optional.of("batch " + batchId + " is not finished: missing step '" + SynthesisStepKind.STORAGE.title()
                    + "'");
        }
        return Optional.empty();
    }

    public BatchId batchId() {
        return batchId;
    }

    public String name() {
        return name;
    }

    private void refuseIfAbandoned() {
        if (abandonedBecause != null) {
            throw InvalidInputException.of("batchId", batchId, "was abandoned (" + abandonedBecause
                    + "); nothing more can be recorded for it");
        }
    }

    @EventSourcingHandler
    void on(SynthesisBatchStarted event) {
        this.batchId = event.batchId();
        this.name = event.name();
    }

    @EventSourcingHandler
    void on(CsOleatePrepared event) {
        steps.recorded(event.stepId(), event.values());
    }

    @EventSourcingHandler
    void on(PbI2SolutionPrepared event) {
        steps.recorded(event.stepId(), event.values());
    }

    @EventSourcingHandler
    void on(HotInjectionPerformed event) {
        steps.recorded(event.stepId(), event.values());
    }

    @EventSourcingHandler
    void on(BatchPurified event) {
        steps.recorded(event.stepId(), event.values());
    }

    @EventSourcingHandler
    void on(BatchStored event) {
        steps.recorded(event.stepId(), event.values());
    }

    @EventSourcingHandler
    void on(CsOleatePreparationCorrected event) {
        steps.corrected(event.stepId(), event.values());
    }

    @EventSourcingHandler
    void on(PbI2SolutionPreparationCorrected event) {
        steps.corrected(event.stepId(), event.values());
    }

    @EventSourcingHandler
    void on(HotInjectionCorrected event) {
        steps.corrected(event.stepId(), event.values());
    }

    @EventSourcingHandler
    void on(PurificationCorrected event) {
        steps.corrected(event.stepId(), event.values());
    }

    @EventSourcingHandler
    void on(StorageCorrected event) {
        steps.corrected(event.stepId(), event.values());
    }

    @EventSourcingHandler
    void on(SynthesisStepVoided event) {
        steps.voided(event.stepId());
    }

    @EventSourcingHandler
    void on(SynthesisBatchAbandoned event) {
        this.abandonedBecause = event.reason();
    }
}
