package org.photonledger.domain.synthesis;

import org.axonframework.serialization.Revision;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.step.StepRecord;

/** Flask 1, the Cs-oleate precursor, was prepared. */
@Revision("1")
public record CsOleatePrepared(
        BatchId batchId,
        StepId stepId,
        CsOleatePreparation values) implements SynthesisBatchEvent, StepRecord {
}
