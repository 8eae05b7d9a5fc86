package org.photonledger.domain.synthesis;

import org.axonframework.serialization.Revision;
import org.photonledger.domain.step.StepCorrection;
import org.photonledger.domain.step.StepId;

/**
 * The recorded Cs-oleate preparation was corrected; {@code values} replace the earlier ones, which stay in the
 * history.
 */
@Revision("1")
public record CsOleatePreparationCorrected(
        BatchId batchId,
        StepId stepId,
        CsOleatePreparation values,
        String reason) implements SynthesisBatchEvent, StepCorrection {
}
