package org.photonledger.domain.mirror;

import org.photonledger.domain.units.Dimension;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.domain.validation.FieldErrors;

/**
 * A measured reflectivity at one wavelength: value ± uncertainty (the paper's planar mirror: 97.5 ± 0.5 % at
 * 690 nm), or only a lower bound (the paper's featured mirror: > 99.9 %), in which case {@code lowerBound} is true
 * and figures derived from it are bounds too.
 */
public record ReflectivityMeasurement(
        Quantity wavelength,
        Quantity reflectivity,
        Quantity uncertainty,
        boolean lowerBound) implements MirrorStep {

    @Override
    public MirrorStepKind kind() {
        return MirrorStepKind.REFLECTIVITY;
    }

    @Override
    public FieldErrors check() {
        FieldErrors errors = new FieldErrors()
                .quantity("wavelength", wavelength, 200, true, 2000, Unit.NANOMETRE, Dimension.LENGTH)
                .quantity("reflectivity", reflectivity, 0, false, 100, Unit.PERCENT, Dimension.DIMENSIONLESS);
        // A perfect mirror would make the finesse infinite; no real coating reaches it.
        if (!errors.has("reflectivity") && reflectivity.in(Unit.PERCENT) >= 100) {
            errors.add("reflectivity", reflectivity, "must be below 100 %");
        }
        if (uncertainty != null) {
            errors.quantity("uncertainty", uncertainty, 0, true, 50, Unit.PERCENT, Dimension.DIMENSIONLESS);
        }
        return errors;
    }

    /** The reflectivity as a fraction in (0, 1). */
    public double fraction() {
        return reflectivity.in(Unit.ONE);
    }
}
