package org.photonledger.domain.film;

import org.photonledger.domain.units.Dimension;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.domain.validation.FieldErrors;

/**
 * Spin-coating parameters (the paper: 4000 rpm for 30 s for the 4 K films) and the dot density aimed for: a
 * target and the acceptable range (the paper: 1 per 10 µm², acceptable 1–5 per 10 µm², about one dot per cavity
 * mode footprint).
 */
public record SpinCoating(
        Quantity speed,
        Quantity duration,
        String solvent,
        Quantity targetDensity,
        Quantity acceptableDensityLow,
        Quantity acceptableDensityHigh) implements FilmStep {

    static final double MAX_DENSITY = 1000;

    @Override
    public FilmStepKind kind() {
        return FilmStepKind.SPIN_COATING;
    }

    @Override
    public FieldErrors check() {
        FieldErrors errors = new FieldErrors()
                .quantity("speed", speed, 0, false, 12_000, Unit.RPM, Dimension.ROTATION_RATE)
                .quantity("duration", duration, 0, false, 10, Unit.MINUTE, Dimension.TIME)
                .required("solvent", solvent)
                .maxLength("solvent", solvent, 200);
        density(errors, "targetDensity", targetDensity);
        density(errors, "acceptableDensityLow", acceptableDensityLow);
        density(errors, "acceptableDensityHigh", acceptableDensityHigh);
        if (!errors.has("targetDensity") && !errors.has("acceptableDensityLow") && !errors.has("acceptableDensityHigh")) {
            double target = targetDensity.in(Unit.PER_TEN_SQUARE_MICROMETRES);
            if (acceptableDensityLow.in(Unit.PER_TEN_SQUARE_MICROMETRES) > target) {
                errors.add("acceptableDensityLow", acceptableDensityLow, "must not be above the target density ("
                        + targetDensity + ")");
            }
            if (acceptableDensityHigh.in(Unit.PER_TEN_SQUARE_MICROMETRES) < target) {
                errors.add("acceptableDensityHigh", acceptableDensityHigh, "must not be below the target density ("
                        + targetDensity + ")");
            }
        }
        return errors;
    }

    private static void density(FieldErrors errors, String field, Quantity q) {
        errors.quantity(field, q, 0, false, MAX_DENSITY, Unit.PER_TEN_SQUARE_MICROMETRES, Dimension.AREAL_NUMBER_DENSITY);
    }
}
