package org.photonledger.domain.reagent;

import org.axonframework.serialization.Revision;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.units.Quantity;

/** An amount a step had consumed went back into stock (the step was corrected or voided); never a deletion. */
@Revision("1")
public record ReagentRestored(
        ReagentLotId lotId,
        Quantity amount,
        String consumedBy,
        StepId step,
        String reason,
        Quantity remaining) implements ReagentLotEvent {
}
