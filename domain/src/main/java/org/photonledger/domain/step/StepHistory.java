package org.photonledger.domain.step;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.photonledger.domain.validation.FieldErrors;

/**
 * The steps of one aggregate with their current (possibly corrected) values and which of them were voided.
 * Aggregates keep one to decide on order, corrections and voids the same way everywhere.
 *
 * @param <V> the aggregate's sealed type of step values
 */
public final class StepHistory<V> {

    /** Longest reason accepted for a correction, void, abandonment or disposal. */
    public static final int MAX_REASON = 2000;

    private final Map<StepId, V> values = new LinkedHashMap<>();
    private final Set<StepId> voided = new LinkedHashSet<>();

    public void recorded(StepId id, V stepValues) {
        values.put(id, stepValues);
    }

    public void corrected(StepId id, V stepValues) {
        values.put(id, stepValues);
    }

    public void voided(StepId id) {
        voided.add(id);
    }

    public boolean contains(StepId id) {
        return values.containsKey(id);
    }

    /** The current values of a step that exists and was not voided. */
    public Optional<V> active(StepId id) {
        return voided.contains(id) ? Optional.empty() : Optional.ofNullable(values.get(id));
    }

    /** The current values of every step that was not voided, in the order they were recorded. */
    public List<V> active() {
        return values.entrySet().stream().filter(e -> !voided.contains(e.getKey())).map(Map.Entry::getValue).toList();
    }

    /** The id of the first step that was not voided and whose values match, if any. */
    public Optional<StepId> firstActive(Predicate<? super V> which) {
        return values.entrySet().stream()
                .filter(e -> !voided.contains(e.getKey()) && which.test(e.getValue()))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** Every step that was not voided and whose values match, in recording order. */
    public List<StepId> allActive(Predicate<? super V> which) {
        return values.entrySet().stream()
                .filter(e -> !voided.contains(e.getKey()) && which.test(e.getValue()))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Adds an error unless the new step id is given and not used yet in this aggregate. */
    public void checkNew(FieldErrors errors, StepId id) {
        errors.required("stepId", id);
        if (id != null && values.containsKey(id)) {
            errors.add("stepId", id, "is already used by another step of this record; use a new step id");
        }
    }

    /** Adds an error unless the step exists and was not voided, so that it can be corrected or voided. */
    public void checkChangeable(FieldErrors errors, StepId id, String subject) {
        if (id == null) {
            errors.required("stepId", null);
        } else if (!values.containsKey(id)) {
            errors.add("stepId", id, "no such step in " + subject);
        } else if (voided.contains(id)) {
            errors.add("stepId", id, "was voided; a voided step cannot be corrected or voided again");
        }
    }

    /** Adds an error unless a reason is given; corrections, voids and ends of life must say why. */
    public static FieldErrors checkReason(FieldErrors errors, String reason) {
        if (reason == null || reason.isBlank()) {
            return errors.add("reason", null, "is required: say why (it is kept with the record forever)");
        }
        return errors.maxLength("reason", reason, MAX_REASON);
    }
}
