package org.photonledger.domain.synthesis;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.photonledger.domain.step.StepId;

/** Record that flask 1 (the Cs-oleate precursor) was prepared; takes its reagents out of stock. */
public record RecordCsOleatePreparation(
        @TargetAggregateIdentifier BatchId batchId,
        StepId stepId,
        CsOleatePreparation values) {
}
