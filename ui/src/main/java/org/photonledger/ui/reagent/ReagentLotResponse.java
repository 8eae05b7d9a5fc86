package org.photonledger.ui.reagent;

import java.time.Instant;
import java.time.LocalDate;
import org.photonledger.processing.reagent.ReagentLotRow;

/** A reagent lot as the REST API returns it; amounts carry their unit symbol. */
public record ReagentLotResponse(
        String id,
        String chemicalName,
        String casNumber,
        String supplier,
        String catalogueNumber,
        String lotNumber,
        Double purityPercent,
        String grade,
        Amount amount,
        Amount remaining,
        LocalDate receivedOn,
        String storageLocation,
        Instant registeredAt,
        String registeredBy) {

    /** A number with its unit symbol, e.g. {@code {"value": 10, "unit": "g"}}. */
    public record Amount(double value, String unit) {
    }

    static ReagentLotResponse of(ReagentLotRow r) {
        return new ReagentLotResponse(r.lotId(), r.chemicalName(), r.casNumber(), r.supplier(), r.catalogueNumber(),
                r.lotNumber(), r.purityPercent(), r.grade(),
                new Amount(r.amount().value(), r.amount().unit().symbol()),
                new Amount(r.remaining().value(), r.remaining().unit().symbol()),
                r.receivedOn(), r.storageLocation(), r.registeredAt(), r.registeredBy());
    }
}
