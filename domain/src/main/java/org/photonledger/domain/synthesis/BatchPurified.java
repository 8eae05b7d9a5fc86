package org.photonledger.domain.synthesis;

import org.axonframework.serialization.Revision;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.step.StepRecord;

/** The crude dots were purified with antisolvent and redispersed in the final solvent. */
@Revision("1")
public record BatchPurified(
        BatchId batchId,
        StepId stepId,
        Purification values) implements SynthesisBatchEvent, StepRecord {
}
