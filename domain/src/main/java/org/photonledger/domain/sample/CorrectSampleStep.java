package org.photonledger.domain.sample;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.photonledger.domain.step.StepId;

/**
 * Replace the values of a sample's preparation with corrected ones of the same kind, saying why; stock moves by the
 * difference.
 */
public record CorrectSampleStep(
        @TargetAggregateIdentifier SampleId sampleId,
        StepId stepId,
        SamplePreparation newValues,
        String reason) {
}
