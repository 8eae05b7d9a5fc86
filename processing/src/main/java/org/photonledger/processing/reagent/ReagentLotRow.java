package org.photonledger.processing.reagent;

import java.time.Instant;
import java.time.LocalDate;
import org.photonledger.domain.units.Quantity;

/** A reagent lot as the stock list shows it. */
public record ReagentLotRow(
        String lotId,
        String chemicalName,
        String casNumber,
        String supplier,
        String catalogueNumber,
        String lotNumber,
        Double purityPercent,
        String grade,
        Quantity amount,
        Quantity remaining,
        LocalDate receivedOn,
        String storageLocation,
        Instant registeredAt,
        String registeredBy) {
}
