package org.photonledger.domain.synthesis;

import org.axonframework.serialization.Revision;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.step.StepRecord;

/** Flask 2, the PbI2 solution with oleic acid and oleylamine, was prepared. */
@Revision("1")
public record PbI2SolutionPrepared(
        BatchId batchId,
        StepId stepId,
        PbI2SolutionPreparation values) implements SynthesisBatchEvent, StepRecord {
}
