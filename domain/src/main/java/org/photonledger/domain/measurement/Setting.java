package org.photonledger.domain.measurement;

import java.util.Locale;
import org.photonledger.domain.units.Quantity;

/**
 * One named value as it was set or read: the value's exact text (numbers in Java's shortest round-tripping form) and
 * its unit symbol, empty for text, flags and counts.
 */
public record Setting(String name, String value, String unit) {

    public Setting {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a setting needs a name");
        }
        value = value == null ? "" : value;
        unit = unit == null ? "" : unit;
    }

    public static Setting of(String name, Quantity quantity) {
        return new Setting(name, Double.toString(quantity.value()), quantity.unit().symbol());
    }

    public static Setting of(String name, double value, String unit) {
        return new Setting(name, Double.toString(value), unit);
    }

    public static Setting of(String name, long value) {
        return new Setting(name, Long.toString(value), "");
    }

    public static Setting of(String name, boolean value) {
        return new Setting(name, Boolean.toString(value), "");
    }

    public static Setting text(String name, String value) {
        return new Setting(name, value, "");
    }

    @Override
    public String toString() {
        return name + " = " + value + (unit.isEmpty() ? "" : " " + unit);
    }

    /** The value and unit as one would write them ("5.0 MHz"). */
    public String display() {
        return unit.isEmpty() ? value : String.format(Locale.ROOT, "%s %s", value, unit);
    }
}
