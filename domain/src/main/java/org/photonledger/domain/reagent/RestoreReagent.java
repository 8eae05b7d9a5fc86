package org.photonledger.domain.reagent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.units.Quantity;

/**
 * Put back into stock (part of) what a step consumed, because that step was corrected to a smaller amount or
 * voided. Never more than the step consumed from this lot.
 */
public record RestoreReagent(
        @TargetAggregateIdentifier ReagentLotId lotId,
        Quantity amount,
        String consumedBy,
        StepId step,
        String reason) {
}
