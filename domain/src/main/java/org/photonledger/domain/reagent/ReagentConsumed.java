package org.photonledger.domain.reagent;

import org.axonframework.serialization.Revision;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.units.Quantity;

/**
 * An amount was taken out of the lot by a step of a batch or sample; {@code remaining} is the stock left
 * afterwards, in the lot's unit.
 */
@Revision("1")
public record ReagentConsumed(
        ReagentLotId lotId,
        Quantity amount,
        String consumedBy,
        StepId step,
        Quantity remaining) implements ReagentLotEvent {
}
