package org.photonledger.domain.mirror;

import org.axonframework.serialization.Revision;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.step.StepRecord;

/** A mirror's substrate was prepared; the mirror's record starts here. */
@Revision("1")
public record MirrorSubstratePrepared(MirrorId mirrorId, StepId stepId, MirrorKind kind, String label,
        SubstratePreparation values) implements MirrorEvent, StepRecord {
}
