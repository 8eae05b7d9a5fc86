package org.photonledger.domain.mirror;

import org.axonframework.serialization.Revision;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.step.StepRecord;

/** Concave features were milled into a featured mirror's plinth. */
@Revision("1")
public record FeaturesMilled(
        MirrorId mirrorId,
        StepId stepId,
        FeatureMilling values) implements MirrorEvent, StepRecord {
}
