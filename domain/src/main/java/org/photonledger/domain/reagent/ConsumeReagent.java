package org.photonledger.domain.reagent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.units.Quantity;

/**
 * Take an amount out of a lot's stock for a step of a batch or sample ({@code consumedBy} is that batch's or
 * sample's id). Usually sent by a step's command handler in the same unit of work as the step itself.
 */
public record ConsumeReagent(
        @TargetAggregateIdentifier ReagentLotId lotId,
        Quantity amount,
        String consumedBy,
        StepId step) {
}
