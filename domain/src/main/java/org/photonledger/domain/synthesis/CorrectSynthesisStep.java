package org.photonledger.domain.synthesis;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.photonledger.domain.step.StepId;

/**
 * Replace the values of a recorded step with corrected ones of the same kind, saying why. Reagent stock moves by
 * the difference in amounts.
 */
public record CorrectSynthesisStep(
        @TargetAggregateIdentifier BatchId batchId,
        StepId stepId,
        SynthesisStep newValues,
        String reason) {
}
