package org.photonledger.domain.units;

import java.util.Locale;
import java.util.Objects;

/** A measured or set value together with its unit; never a bare double whose unit lives in a comment. */
public record Quantity(double value, Unit unit) {

    public Quantity {
        Objects.requireNonNull(unit, "unit");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("quantity value must be finite, got " + value);
        }
    }

    public static Quantity of(double value, Unit unit) {
        return new Quantity(value, unit);
    }

    public Dimension dimension() {
        return unit.dimension();
    }

    /** This quantity expressed in another unit of the same dimension. */
    public Quantity to(Unit target) {
        if (target.dimension() != unit.dimension()) {
            throw new IllegalArgumentException("cannot convert " + this + " (" + unit.dimension()
                    + ") to " + target.symbol() + " (" + target.dimension() + ")");
        }
        return new Quantity(target.fromBase(unit.toBase(value)), target);
    }

    /** The value in the given unit of the same dimension. */
    public double in(Unit target) {
        return to(target).value();
    }

    public Quantity minus(Quantity other) {
        return new Quantity(value - other.in(unit), unit);
    }

    public Quantity plus(Quantity other) {
        return new Quantity(value + other.in(unit), unit);
    }

    public int compareTo(Quantity other) {
        return Double.compare(value, other.in(unit));
    }

    public boolean isPositive() {
        return value > 0;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %s", trim(value), unit.symbol());
    }

    private static String trim(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.6g", v).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replaceAll("\\.(e|$)", "$1");
    }
}
