package org.photonledger.domain.reagent;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.photonledger.domain.units.Quantity;

/**
 * A reagent lot entered stock with its supplier data and initial amount.
 *
 * <p>Revision 2 stores the purity as a quantity with its unit (usually %, as suppliers state it) instead of a bare
 * {@code Double purityPercent}, so a purity entered as a fraction or, later, in another unit keeps what was typed and
 * no reader has to know the unit from a field name. Revision-1 events, stored by earlier versions, are upcast on
 * reading ({@code purityPercent: 99.9} becomes {@code purity: 99.9 %}); the stored bytes are never rewritten, so
 * the tamper-evidence chain over them stays intact.
 */
@Revision("2")
public record ReagentLotRegistered(
        ReagentLotId lotId,
        String chemicalName,
        CasNumber casNumber,
        String supplier,
        String catalogueNumber,
        String lotNumber,
        Quantity purity,
        String grade,
        Quantity amount,
        LocalDate receivedOn,
        String storageLocation) implements ReagentLotEvent {
}
