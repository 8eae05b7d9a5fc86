package org.photonledger.ui.preparation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.photonledger.domain.units.Quantity;

/** A quantity in a request or response body: a number and its unit symbol, e.g. {@code {"value": 0.407, "unit": "g"}}. */
@Schema(description = "A number with its unit symbol")
public record QuantityJson(
        @Schema(required = true, examples = "0.407") Double value,
        @Schema(required = true, description = "Unit symbol or alias, e.g. g, mg, mL, uL, h, min, s, °C (or C), rpm, nm, um, mm, %, "
                + "mg/mL, per 10 µm² (or /10um2), µm³ (or um3)", examples = "g") String unit) {

    static QuantityJson of(Quantity q) {
        return q == null ? null : new QuantityJson(q.value(), q.unit().symbol());
    }
}
