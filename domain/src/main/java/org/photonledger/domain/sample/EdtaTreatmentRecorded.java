package org.photonledger.domain.sample;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.step.StepRecord;

/** A sample was made from its parents by EDTA treatment. */
@Revision("1")
public record EdtaTreatmentRecorded(SampleId sampleId, StepId stepId, List<ParentRef> parents, String label,
        EdtaTreatment values) implements QdSampleEvent, StepRecord {
}
