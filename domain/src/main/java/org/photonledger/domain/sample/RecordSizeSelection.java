package org.photonledger.domain.sample;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.photonledger.domain.step.StepId;

/** Record a new sample made by size-selective centrifugation of a parent; takes the diluent out of stock. */
public record RecordSizeSelection(
        @TargetAggregateIdentifier SampleId sampleId,
        StepId stepId,
        List<ParentRef> parents,
        String label,
        SizeSelection values) {
}
