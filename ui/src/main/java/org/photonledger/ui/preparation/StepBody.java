package org.photonledger.ui.preparation;

import java.util.ArrayList;
import java.util.List;

/**
 * A request body carrying the values of one kind of step. The same shape records the step and, as the
 * {@code values} of a correction, corrects it; fields that describe the object itself (its parents, its label,
 * its mirrors) cannot be corrected and are named by {@link #fixedFieldsGiven()}.
 *
 * @param <V> the domain's values record of the step
 */
interface StepBody<V> {

    /** The step's values; shapes that cannot be read are noted in {@code in} and left null. */
    V values(JsonValues in);

    /** The fields given that describe the object rather than the step's values. */
    default List<String> fixedFieldsGiven() {
        return List.of();
    }

    /** Names of the given (non-null) fields among the pairs {@code name, value, name, value, …}. */
    static List<String> given(Object... namesAndValues) {
        List<String> given = new ArrayList<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                given.add((String) namesAndValues[i]);
            }
        }
        return given;
    }
}
