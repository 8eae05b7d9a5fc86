package org.photonledger.domain.synthesis;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.photonledger.domain.step.StepId;

/** Record that flask 2 (the PbI2 solution with its ligands) was prepared; takes its reagents out of stock. */
public record RecordPbI2SolutionPreparation(
        @TargetAggregateIdentifier BatchId batchId,
        StepId stepId,
        PbI2SolutionPreparation values) {
}
