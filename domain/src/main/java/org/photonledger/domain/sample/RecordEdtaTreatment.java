package org.photonledger.domain.sample;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.photonledger.domain.step.StepId;

/** Record a new sample made by treating a parent's dots with EDTA; takes the EDTA out of stock. */
public record RecordEdtaTreatment(
        @TargetAggregateIdentifier SampleId sampleId,
        StepId stepId,
        List<ParentRef> parents,
        String label,
        EdtaTreatment values) {
}
