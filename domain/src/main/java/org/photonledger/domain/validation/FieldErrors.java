package org.photonledger.domain.validation;

import java.util.ArrayList;
import java.util.List;
import org.photonledger.domain.units.Dimension;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/** Collects every problem with a command's input so the user sees all of them at once, not one per try. */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    public FieldErrors add(String field, Object value, String message) {
        errors.add(new FieldError(field, value == null ? null : String.valueOf(value), message));
        return this;
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public FieldErrors required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(field, null, "is required");
        }
        return this;
    }

    public FieldErrors maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, value.substring(0, Math.min(value.length(), 40)) + "…", "must be at most " + max + " characters");
        }
        return this;
    }

    /** A required quantity whose unit has one of the given dimensions and whose value lies in [min, max] of {@code rangeUnit}. */
    public FieldErrors quantity(String field, Quantity q, double min, boolean minInclusive, double max, Unit rangeUnit,
            Dimension... dimensions) {
        if (q == null) {
            return add(field, null, "is required (a number with a unit: " + Unit.symbolsOf(dimensions) + ")");
        }
        if (!List.of(dimensions).contains(q.dimension())) {
            return add(field, q, "must have a unit of " + Unit.symbolsOf(dimensions));
        }
        if (rangeUnit.dimension() == q.dimension()) {
            double v = q.in(rangeUnit);
            boolean low = minInclusive ? v < min : v <= min;
            if (low || v > max) {
                add(field, q, "must be " + (minInclusive ? "≥ " : "> ") + fmt(min) + " and ≤ " + fmt(max) + " " + rangeUnit.symbol());
            }
        } else if (!q.isPositive()) {
            add(field, q, "must be > 0");
        }
        return this;
    }

    /** A required positive quantity with one of the given dimensions. */
    public FieldErrors positive(String field, Quantity q, Dimension... dimensions) {
        if (q == null) {
            return add(field, null, "is required (a number with a unit: " + Unit.symbolsOf(dimensions) + ")");
        }
        if (!List.of(dimensions).contains(q.dimension())) {
            return add(field, q, "must have a unit of " + Unit.symbolsOf(dimensions));
        }
        if (!q.isPositive()) {
            add(field, q, "must be > 0");
        }
        return this;
    }

    public FieldErrors range(String field, Double value, double min, boolean minInclusive, double max, boolean maxInclusive) {
        if (value == null) {
            return this;
        }
        boolean low = minInclusive ? value < min : value <= min;
        boolean high = maxInclusive ? value > max : value >= max;
        if (Double.isNaN(value) || low || high) {
            add(field, value, "must be in " + (minInclusive ? "[" : "(") + fmt(min) + ", " + fmt(max) + (maxInclusive ? "]" : ")"));
        }
        return this;
    }

    public List<FieldError> list() {
        return List.copyOf(errors);
    }

    /** Throws {@link InvalidInputException} naming every collected problem, if there is any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
