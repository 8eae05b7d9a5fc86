package org.photonledger.domain.synthesis;

import org.photonledger.domain.reagent.ReagentUse;
import org.photonledger.domain.units.Dimension;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.domain.validation.FieldErrors;

/**
 * Physically sensible limits for bench synthesis inputs: flask temperatures between room temperature and just
 * below 1-octadecene's boiling point (315 °C), reagent amounts a 250 mL flask can hold, times up to a day.
 */
final class SynthesisRanges {

    static final double MAX_FLASK_CELSIUS = 300;
    static final double MIN_FLASK_CELSIUS = 15;
    static final double MAX_MASS_GRAMS = 100;
    static final double MAX_VOLUME_MILLILITRES = 1000;
    static final double MAX_CENTRIFUGE_RPM = 30_000;

    private SynthesisRanges() {
    }

    static void temperature(FieldErrors errors, String field, Quantity t) {
        errors.quantity(field, t, MIN_FLASK_CELSIUS, true, MAX_FLASK_CELSIUS, Unit.CELSIUS, Dimension.TEMPERATURE);
    }

    static void hours(FieldErrors errors, String field, Quantity t, double maxHours) {
        errors.quantity(field, t, 0, false, maxHours, Unit.HOUR, Dimension.TIME);
    }

    static void mass(FieldErrors errors, String field, ReagentUse use) {
        ReagentUse.check(errors, field, use, Dimension.MASS, MAX_MASS_GRAMS, Unit.GRAM);
    }

    static void volume(FieldErrors errors, String field, ReagentUse use) {
        ReagentUse.check(errors, field, use, Dimension.VOLUME, MAX_VOLUME_MILLILITRES, Unit.MILLILITRE);
    }

    static void centrifuge(FieldErrors errors, String field, Quantity speed) {
        errors.quantity(field, speed, 0, false, MAX_CENTRIFUGE_RPM, Unit.RPM, Dimension.ROTATION_RATE);
    }

    /** Adds an error if both temperatures are valid and {@code lower} is above {@code upper}. */
    static void notAbove(FieldErrors errors, String lowerField, Quantity lower, String upperField, Quantity upper) {
        if (errors.has(lowerField) || errors.has(upperField) || lower == null || upper == null) {
            return;
        }
        if (lower.in(Unit.CELSIUS) > upper.in(Unit.CELSIUS)) {
            errors.add(lowerField, lower, "must not be above " + upperField + " (" + upper + ")");
        }
    }
}
