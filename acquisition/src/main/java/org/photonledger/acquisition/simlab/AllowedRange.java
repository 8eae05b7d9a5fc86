package org.photonledger.acquisition.simlab;

import java.util.Locale;
import org.photonledger.acquisition.instrument.InstrumentException;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/** The closed range one setting of one instrument must lie in, and the refusal it gives otherwise. */
record AllowedRange(String instrument, String setting, double min, double max, Unit unit) {

    /** The value in this range's unit, or an {@link InstrumentException} naming instrument, value and range. */
    double check(Quantity value) {
        if (value == null) {
            throw new InstrumentException(instrument + ": " + setting + " is required (allowed " + describe() + ")");
        }
        if (value.dimension() != unit.dimension()) {
            throw new InstrumentException(instrument + ": " + setting + " must be given in "
                    + Unit.symbolsOf(unit.dimension()) + ", got " + value);
        }
        double v = value.in(unit);
        if (v < min) {
            throw new InstrumentException(instrument + ": " + setting + " " + value + " is below the minimum of "
                    + format(min) + " (allowed " + describe() + ")");
        }
        if (v > max) {
            throw new InstrumentException(instrument + ": " + setting + " " + value + " is above the maximum of "
                    + format(max) + " (allowed " + describe() + ")");
        }
        return v;
    }

    String describe() {
        return trim(min) + "–" + format(max);
    }

    private String format(double v) {
        return trim(v) + " " + unit.symbol();
    }

    private static String trim(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.6g", v).replaceAll("\\.?0+$", "");
    }
}
