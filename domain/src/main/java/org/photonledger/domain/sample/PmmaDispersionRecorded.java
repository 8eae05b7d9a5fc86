package org.photonledger.domain.sample;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.step.StepRecord;

/** A sample was made by dispersing its parents' dots in PMMA solution. */
@Revision("1")
public record PmmaDispersionRecorded(SampleId sampleId, StepId stepId, List<ParentRef> parents, String label,
        PmmaDispersion values) implements QdSampleEvent, StepRecord {
}
