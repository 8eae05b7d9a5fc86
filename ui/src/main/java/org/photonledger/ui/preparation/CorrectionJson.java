package org.photonledger.ui.preparation;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a correction: the step's corrected values and why. */
@Schema(description = "A correction: the step's values in the shape used to record the step (only the step's values; not parents, "
        + "labels, kinds or the objects a film or cavity is made of) and a mandatory reason")
public record CorrectionJson(
        @Schema(required = true, description = "The corrected values, e.g. for a Cs-oleate step "
                + "{\"caesiumCarbonate\": {\"lotId\": \"lot-…\", \"amount\": {\"value\": 0.407, \"unit\": \"g\"}}, …}") JsonNode values,
        @Schema(required = true, examples = "balance read-out mistyped; the notebook says 0.407 g") String reason,
        @Schema(description = "Optional: the object's version you corrected (GET /api/samples/{id} → version). If "
                + "someone changed the object since, 409 says who and when, and nothing is stored.") Long expectedVersion) {
}
