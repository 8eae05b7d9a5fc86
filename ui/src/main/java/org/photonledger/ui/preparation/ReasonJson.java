package org.photonledger.ui.preparation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of the end-of-life and void calls: why. */
@Schema(description = "Why; kept with the record forever")
public record ReasonJson(@Schema(examples = "glovebox leak: the precursor was exposed to air") String reason,
        @Schema(description = "Optional, for a void: the object's version you looked at (409 if it changed since)") Long expectedVersion) {
}
