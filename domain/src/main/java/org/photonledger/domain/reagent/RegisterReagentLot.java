package org.photonledger.domain.reagent;

import java.time.LocalDate;
import org.photonledger.domain.units.Quantity;

/**
 * Register a reagent lot received into stock. Fields may be missing or wrong as typed by a user;
 * the {@link ReagentLot} aggregate checks them all and names every problem. {@code purity} is optional (not every
 * supplier states one): a dimensionless quantity in (0, 100 %].
 */
public record RegisterReagentLot(
        ReagentLotId lotId,
        String chemicalName,
        String casNumber,
        String supplier,
        String catalogueNumber,
        String lotNumber,
        Quantity purity,
        String grade,
        Quantity amount,
        LocalDate receivedOn,
        String storageLocation) {
}
