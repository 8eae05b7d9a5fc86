package org.photonledger.domain.mirror;

import org.axonframework.serialization.Revision;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.step.StepVoid;

/** A recorded mirror step was declared void; it stays in the history, marked void. */
@Revision("1")
public record MirrorStepVoided(MirrorId mirrorId, StepId stepId, String reason) implements MirrorEvent, StepVoid {
}
