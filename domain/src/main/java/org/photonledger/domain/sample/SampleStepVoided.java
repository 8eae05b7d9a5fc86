package org.photonledger.domain.sample;

import org.axonframework.serialization.Revision;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.step.StepVoid;

/** A sample's preparation was declared void; the sample stays in the history but cannot be used. */
@Revision("1")
public record SampleStepVoided(SampleId sampleId, StepId stepId, String reason) implements QdSampleEvent, StepVoid {
}
