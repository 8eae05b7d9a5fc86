package org.photonledger.domain.synthesis;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.photonledger.domain.step.StepId;

/** Declare a recorded step void (it did not happen as recorded), saying why; its reagents go back into stock. */
public record VoidSynthesisStep(@TargetAggregateIdentifier BatchId batchId, StepId stepId, String reason) {
}
