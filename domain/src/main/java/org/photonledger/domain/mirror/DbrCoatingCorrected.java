package org.photonledger.domain.mirror;

import org.axonframework.serialization.Revision;
import org.photonledger.domain.step.StepCorrection;
import org.photonledger.domain.step.StepId;

/** The recorded DBR coating values were corrected; the earlier ones stay in the history. */
@Revision("1")
public record DbrCoatingCorrected(
        MirrorId mirrorId,
        StepId stepId,
        DbrCoating values,
        String reason) implements MirrorEvent, StepCorrection {
}
