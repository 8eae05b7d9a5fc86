package org.photonledger.ui.reagent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON body of {@code POST /api/reagent-lots}. */
@Schema(description = "A reagent lot received into stock")
public record ReagentLotRequest(
        @Schema(required = true, examples = "Caesium carbonate") String chemicalName,
        @Schema(required = true, description = "CAS Registry Number, check digit verified", examples = "534-17-8") String casNumber,
        @Schema(required = true, examples = "Sigma-Aldrich") String supplier,
        @Schema(examples = "441902") String catalogueNumber,
        @Schema(required = true, examples = "MKCP1234") String lotNumber,
        @Schema(description = "Purity in percent, in (0, 100]", examples = "99.9") Double purityPercent,
        @Schema(examples = "ReagentPlus") String grade,
        @Schema(required = true, description = "Amount received, > 0", examples = "10") Double amount,
        @Schema(required = true, description = "Unit of the amount: kg, g, mg, µg (ug), L, mL, µL (uL)", examples = "g") String amountUnit,
        @Schema(required = true, description = "ISO date the lot was received", examples = "2024-01-15") String receivedOn,
        @Schema(examples = "Glovebox shelf 2") String storageLocation) {
}
