package org.photonledger.domain.mirror;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.photonledger.domain.step.StepId;

/** Declare a recorded mirror step void, saying why; voiding the substrate step voids the mirror. */
public record VoidMirrorStep(@TargetAggregateIdentifier MirrorId mirrorId, StepId stepId, String reason) {
}
