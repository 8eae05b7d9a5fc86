package org.photonledger.domain.mirror;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.photonledger.domain.step.StepId;

/** Replace the values of a recorded mirror step with corrected ones of the same kind, saying why. */
public record CorrectMirrorStep(
        @TargetAggregateIdentifier MirrorId mirrorId,
        StepId stepId,
        MirrorStep newValues,
        String reason) {
}
