package org.photonledger.domain.sample;

import org.axonframework.serialization.Revision;
import org.photonledger.domain.step.StepCorrection;
import org.photonledger.domain.step.StepId;

/** The recorded EDTA values were corrected; the earlier ones stay in the history. */
@Revision("1")
public record EdtaTreatmentCorrected(
        SampleId sampleId,
        StepId stepId,
        EdtaTreatment values,
        String reason) implements QdSampleEvent, StepCorrection {
}
