package org.photonledger.domain.synthesis;

import org.axonframework.serialization.Revision;
import org.photonledger.domain.step.StepCorrection;
import org.photonledger.domain.step.StepId;

/**
 * The recorded PbI2 solution preparation was corrected; {@code values} replace the earlier ones, which stay in the
 * history.
 */
@Revision("1")
public record PbI2SolutionPreparationCorrected(
        BatchId batchId,
        StepId stepId,
        PbI2SolutionPreparation values,
        String reason) implements SynthesisBatchEvent, StepCorrection {
}
