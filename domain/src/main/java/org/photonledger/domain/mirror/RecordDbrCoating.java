package org.photonledger.domain.mirror;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.photonledger.domain.step.StepId;

/** Record the DBR coating of a mirror. */
public record RecordDbrCoating(@TargetAggregateIdentifier MirrorId mirrorId, StepId stepId, DbrCoating values) {
}
