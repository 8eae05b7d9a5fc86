package org.photonledger.domain.synthesis;

import org.axonframework.serialization.Revision;
import org.photonledger.domain.step.StepCorrection;
import org.photonledger.domain.step.StepId;

/** The recorded hot injection was corrected; {@code values} replace the earlier ones, which stay in the history. */
@Revision("1")
public record HotInjectionCorrected(
        BatchId batchId,
        StepId stepId,
        HotInjection values,
        String reason) implements SynthesisBatchEvent, StepCorrection {
}
