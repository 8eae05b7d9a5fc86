package org.photonledger.acquisition.measurement;

import org.photonledger.domain.units.Unit;

/**
 * One parameter a measurement plan takes: its name, the unit it is given in (null for a plain number), the
 * default (from the reference paper where it says), the allowed range and a line of help.
 */
public record ParameterSpec(String name, String label, Unit unit, double defaultValue, double min, double max,
        String help) {

    public ParameterSpec {
        if (defaultValue < min || defaultValue > max) {
            throw new IllegalArgumentException(name + ": default " + defaultValue + " outside [" + min + ", " + max + "]");
        }
    }

    /** "100 ps" or "10". */
    public String display(double value) {
        String number = value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
        return unit == null ? number : number + " " + unit.symbol();
    }
}
