package org.photonledger.domain.synthesis;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.photonledger.domain.step.StepId;

/** Record where the purified dots are stored; from then on samples can be derived from the batch. */
public record RecordStorage(@TargetAggregateIdentifier BatchId batchId, StepId stepId, Storage values) {
}
