package org.photonledger.domain.synthesis;

import org.axonframework.serialization.Revision;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.step.StepRecord;

/** Cs-oleate was hot-injected into the PbI2 solution and the reaction quenched. */
@Revision("1")
public record HotInjectionPerformed(
        BatchId batchId,
        StepId stepId,
        HotInjection values) implements SynthesisBatchEvent, StepRecord {
}
