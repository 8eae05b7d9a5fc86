package org.photonledger.domain.mirror;

import org.axonframework.serialization.Revision;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.step.StepRecord;

/** The coated mirror's reflectivity was measured at one wavelength. */
@Revision("1")
public record ReflectivityCharacterised(
        MirrorId mirrorId,
        StepId stepId,
        ReflectivityMeasurement values) implements MirrorEvent, StepRecord {
}
