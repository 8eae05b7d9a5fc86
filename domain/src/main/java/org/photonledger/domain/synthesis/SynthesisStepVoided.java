package org.photonledger.domain.synthesis;

import org.axonframework.serialization.Revision;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.step.StepVoid;

/** A recorded step was declared void; it stays in the history, marked void. */
@Revision("1")
public record SynthesisStepVoided(
        BatchId batchId,
        StepId stepId,
        String reason) implements SynthesisBatchEvent, StepVoid {
}
