package org.photonledger.domain.mirror;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.photonledger.domain.step.StepId;

/** Start a mirror's record with its substrate; whether it is planar or featured is fixed here. */
public record PrepareMirrorSubstrate(
        @TargetAggregateIdentifier MirrorId mirrorId,
        StepId stepId,
        MirrorKind kind,
        String label,
        SubstratePreparation values) {
}
