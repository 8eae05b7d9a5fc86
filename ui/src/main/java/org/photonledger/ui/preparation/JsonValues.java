package org.photonledger.ui.preparation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.photonledger.domain.cavity.TransverseMode;
import org.photonledger.domain.reagent.ReagentLotId;
import org.photonledger.domain.reagent.ReagentUse;
import org.photonledger.domain.units.Dimension;
import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.domain.validation.FieldError;
import org.photonledger.domain.validation.FieldErrors;
import org.photonledger.domain.validation.InvalidInputException;

/**
 * Turns the JSON shapes of request bodies (quantities as a value and a unit symbol, lots and objects by id, enum
 * names) into domain values. A shape it cannot read is noted against its field and left null; the domain, which
 * decides everything else, is only asked once every shape was readable, so no half-understood body is stored.
 */
public final class JsonValues {

    private final String prefix;
    private final FieldErrors errors = new FieldErrors();

    /** @param prefix put before every field name, e.g. {@code "values."} inside a correction body */
    public JsonValues(String prefix) {
        this.prefix = prefix;
    }

    Quantity quantity(String field, QuantityJson q, Dimension... expected) {
        if (q == null) {
            return null;
        }
        String allowed = Unit.symbolsOf(expected);
        if (q.value() == null) {
            errors.add(prefix + field + ".value", null, "is required: a number (with \"unit\": one of " + allowed + ")");
            return null;
        }
        if (!Double.isFinite(q.value())) {
            errors.add(prefix + field + ".value", q.value(), "must be a finite number");
            return null;
        }
        if (q.unit() == null || q.unit().isBlank()) {
            errors.add(prefix + field + ".unit", null, "is required: one of " + allowed);
            return null;
        }
        Optional<Unit> unit = Unit.parse(q.unit());
        if (unit.isEmpty()) {
            errors.add(prefix + field + ".unit", q.unit(), "is not a known unit; allowed: " + allowed);
            return null;
        }
        return Quantity.of(q.value(), unit.get());
    }

    ReagentUse use(String field, ReagentUseJson u, Dimension dimension) {
        if (u == null) {
            return null;
        }
        return new ReagentUse(lot(field + ".lotId", u.lotId()), quantity(field + ".amount", u.amount(), dimension));
    }

    ReagentLotId lot(String field, String id) {
        return id == null || id.isBlank() ? null : new ReagentLotId(id.strip());
    }

    public PlanePosition position(String field, PositionJson p) {
        if (p == null) {
            return null;
        }
        return new PlanePosition(quantity(field + ".x", p.x(), Dimension.LENGTH), quantity(field + ".y", p.y(), Dimension.LENGTH));
    }

    <E extends Enum<E>> E choice(String field, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            errors.add(prefix + field, text, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
            return null;
        }
    }

    TransverseMode transverseMode(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<TransverseMode> mode = TransverseMode.parse(text);
        if (mode.isEmpty()) {
            errors.add(prefix + field, text, "must be written TEMmn with one-digit mode orders, e.g. TEM00");
        }
        return mode.orElse(null);
    }

    /** Notes a problem found while reading the body (e.g. an id of the wrong kind of object). */
    void add(String field, Object value, String message) {
        errors.add(prefix + field, value, message);
    }

    /** Notes a problem with a field outside the values (named in full, without the prefix). */
    public void noteOutside(String field, Object value, String message) {
        errors.add(field, value, message);
    }

    boolean hasErrors() {
        return !errors.list().isEmpty();
    }

    /**
     * If any shape was unreadable, throws those problems together with the domain's own checks of the values on
     * the fields that were readable, so the client sees every problem at once.
     */
    public void throwIfAny(List<FieldError> domainChecks) {
        if (!hasErrors()) {
            return;
        }
        List<FieldError> all = new ArrayList<>(errors.list());
        for (FieldError e : domainChecks) {
            String field = prefix + e.field();
            if (all.stream().noneMatch(s -> related(s.field(), field))) {
                all.add(new FieldError(field, e.value(), e.message()));
            }
        }
        throw new InvalidInputException(all);
    }

    /** Whether two field paths name the same thing or one contains the other ("a.b" and "a.b.unit"). */
    static boolean related(String a, String b) {
        return a.equals(b) || a.startsWith(b + ".") || b.startsWith(a + ".") || a.startsWith(b + "[") || b.startsWith(a + "[");
    }
}
