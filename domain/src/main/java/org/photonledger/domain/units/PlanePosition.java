package org.photonledger.domain.units;

import org.photonledger.domain.validation.FieldErrors;

/** A point on a surface (a mirror's plinth, a film), as two lengths from the surface's reference point. */
public record PlanePosition(Quantity x, Quantity y) {

    public static PlanePosition of(double x, double y, Unit unit) {
        return new PlanePosition(Quantity.of(x, unit), Quantity.of(y, unit));
    }

    /** Adds errors unless both coordinates are lengths within ± {@code limit} of {@code unit}. */
    public static FieldErrors check(FieldErrors errors, String field, PlanePosition p, double limit, Unit unit) {
        if (p == null) {
            return errors.add(field, null, "is required (x and y as lengths)");
        }
        errors.quantity(field + ".x", p.x(), -limit, true, limit, unit, Dimension.LENGTH);
        return errors.quantity(field + ".y", p.y(), -limit, true, limit, unit, Dimension.LENGTH);
    }

    @Override
    public String toString() {
        return "(" + x + ", " + y + ")";
    }
}
