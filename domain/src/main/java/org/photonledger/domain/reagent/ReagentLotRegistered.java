package org.photonledger.domain.reagent;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.photonledger.domain.units.Quantity;

/** A reagent lot entered stock with its supplier data and initial amount. */
@Revision("1")
public record ReagentLotRegistered(
        ReagentLotId lotId,
        String chemicalName,
        CasNumber casNumber,
        String supplier,
        String catalogueNumber,
        String lotNumber,
        Double purityPercent,
        String grade,
        Quantity amount,
        LocalDate receivedOn,
        String storageLocation) implements ReagentLotEvent {
}
