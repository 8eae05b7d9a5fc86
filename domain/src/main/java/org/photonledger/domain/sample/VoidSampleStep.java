package org.photonledger.domain.sample;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.photonledger.domain.step.StepId;

/**
 * Declare a sample's preparation void, saying why; the sample can no longer be used and its reagents go back into
 * stock.
 */
public record VoidSampleStep(@TargetAggregateIdentifier SampleId sampleId, StepId stepId, String reason) {
}
