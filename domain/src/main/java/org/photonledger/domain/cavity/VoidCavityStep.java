package org.photonledger.domain.cavity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.photonledger.domain.step.StepId;

/** Declare a cavity step void, saying why; voiding the assembly voids the cavity. */
public record VoidCavityStep(@TargetAggregateIdentifier CavityId cavityId, StepId stepId, String reason) {
}
