package org.photonledger.domain.mirror;

import org.photonledger.domain.units.Dimension;
import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.domain.validation.FieldErrors;

/**
 * One concave feature milled by focused ion beam: a spherical cap (the paper: 0.3 µm deep, 8 µm radius of
 * curvature, 4.4 µm wide) at a position measured from the centre of the plinth top. The label is how a cavity
 * names the feature it uses.
 */
public record MilledFeature(
        String label,
        Quantity depth,
        Quantity radiusOfCurvature,
        Quantity width,
        PlanePosition position) {

    static final int MAX_LABEL = 50;

    /** Adds every problem with the feature, field names prefixed with {@code field}. */
    void check(FieldErrors errors, String field) {
        errors.required(field + ".label", label)
                .maxLength(field + ".label", label, MAX_LABEL)
                .quantity(field + ".depth", depth, 0, false, 100, Unit.MICROMETRE, Dimension.LENGTH)
                .quantity(field + ".radiusOfCurvature", radiusOfCurvature, 0, false, 10_000, Unit.MICROMETRE,
                        Dimension.LENGTH)
                .quantity(field + ".width", width, 0, false, 1000, Unit.MICROMETRE, Dimension.LENGTH);
        PlanePosition.check(errors, field + ".position", position, 12.5, Unit.MILLIMETRE);
        boolean shapeKnown = !errors.has(field + ".depth") && !errors.has(field + ".radiusOfCurvature")
                && !errors.has(field + ".width") && depth != null && radiusOfCurvature != null && width != null;
        // A spherical cap can be at most a hemisphere: no deeper than its radius, no wider than its diameter.
        if (shapeKnown && width.in(Unit.MICROMETRE) > 2 * radiusOfCurvature.in(Unit.MICROMETRE)) {
            errors.add(field + ".width", width, "must not exceed twice the radius of curvature (" + radiusOfCurvature + ")");
        }
        if (shapeKnown && depth.in(Unit.MICROMETRE) > radiusOfCurvature.in(Unit.MICROMETRE)) {
            errors.add(field + ".depth", depth, "must not exceed the radius of curvature (" + radiusOfCurvature + ")");
        }
    }
}
