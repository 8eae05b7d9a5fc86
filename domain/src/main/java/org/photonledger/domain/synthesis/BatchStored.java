package org.photonledger.domain.synthesis;

import org.axonframework.serialization.Revision;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.step.StepRecord;

/** The purified dots were put into storage; the batch can now be used. */
@Revision("1")
public record BatchStored(BatchId batchId, StepId stepId, Storage values) implements SynthesisBatchEvent, StepRecord {
}
