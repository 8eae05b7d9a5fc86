package org.photonledger.domain.sample;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.step.StepRecord;

/** A sample was made from its parents by size-selective centrifugation. */
@Revision("1")
public record SizeSelectionRecorded(SampleId sampleId, StepId stepId, List<ParentRef> parents, String label,
        SizeSelection values) implements QdSampleEvent, StepRecord {
}
