package org.photonledger.domain.mirror;

import org.axonframework.serialization.Revision;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.step.StepRecord;

/** The mirror was coated with its distributed Bragg reflector. */
@Revision("1")
public record DbrCoated(MirrorId mirrorId, StepId stepId, DbrCoating values) implements MirrorEvent, StepRecord {
}
