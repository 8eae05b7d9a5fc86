package org.photonledger.domain.synthesis;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.photonledger.domain.step.StepId;

/** Record the antisolvent purification; takes the solvents out of stock. */
public record RecordPurification(@TargetAggregateIdentifier BatchId batchId, StepId stepId, Purification values) {
}
