package org.photonledger.domain.sample;

import org.axonframework.serialization.Revision;
import org.photonledger.domain.step.StepCorrection;
import org.photonledger.domain.step.StepId;

/** The recorded size selection values were corrected; the earlier ones stay in the history. */
@Revision("1")
public record SizeSelectionCorrected(
        SampleId sampleId,
        StepId stepId,
        SizeSelection values,
        String reason) implements QdSampleEvent, StepCorrection {
}
