package org.photonledger.ui.preparation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An amount taken from one reagent lot, in a request body. */
@Schema(description = "An amount taken from a registered reagent lot; recording the step takes it out of stock")
public record ReagentUseJson(
        @Schema(required = true, description = "Id of a registered reagent lot", examples = "lot-paper-cs2co3") String lotId,
        @Schema(required = true) QuantityJson amount) {
}
