package org.photonledger.domain.cavity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.photonledger.domain.step.StepId;

/** Replace the values of a cavity step (the chosen dot, or a configuration) with corrected ones, saying why. */
public record CorrectCavityStep(
        @TargetAggregateIdentifier CavityId cavityId,
        StepId stepId,
        CavityStep newValues,
        String reason) {
}
