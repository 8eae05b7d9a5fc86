package org.photonledger.domain.synthesis;

import org.axonframework.serialization.Revision;
import org.photonledger.domain.step.StepCorrection;
import org.photonledger.domain.step.StepId;

/** The recorded storage was corrected; {@code values} replace the earlier ones, which stay in the history. */
@Revision("1")
public record StorageCorrected(
        BatchId batchId,
        StepId stepId,
        Storage values,
        String reason) implements SynthesisBatchEvent, StepCorrection {
}
