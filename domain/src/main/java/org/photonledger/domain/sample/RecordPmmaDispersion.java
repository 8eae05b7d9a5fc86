package org.photonledger.domain.sample;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.photonledger.domain.step.StepId;

/** Record a new sample made by mixing parent dots into PMMA solution; takes PMMA and toluene out of stock. */
public record RecordPmmaDispersion(
        @TargetAggregateIdentifier SampleId sampleId,
        StepId stepId,
        List<ParentRef> parents,
        String label,
        PmmaDispersion values) {
}
