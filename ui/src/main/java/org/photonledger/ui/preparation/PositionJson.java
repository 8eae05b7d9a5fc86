package org.photonledger.ui.preparation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A point on a surface as two lengths from its reference point, in a request body. */
@Schema(description = "A position as x and y lengths from the surface's reference point")
public record PositionJson(@Schema(required = true) QuantityJson x, @Schema(required = true) QuantityJson y) {
}
