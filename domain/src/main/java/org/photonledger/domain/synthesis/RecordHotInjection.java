package org.photonledger.domain.synthesis;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.photonledger.domain.step.StepId;

/** Record the hot injection of Cs-oleate into the PbI2 solution and the quench. */
public record RecordHotInjection(@TargetAggregateIdentifier BatchId batchId, StepId stepId, HotInjection values) {
}
