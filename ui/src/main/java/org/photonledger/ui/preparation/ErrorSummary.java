package org.photonledger.ui.preparation;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.photonledger.domain.validation.FieldError;

/**
 * Puts the domain's verdict where the user looks: each message at its input (a message about
 * {@code features[0].position.x} lands on the closest input that exists), and a summary saying that nothing was
 * stored, which inputs need attention and every message that belongs to no input (such as a missing earlier step).
 */
class ErrorSummary extends Div {

    ErrorSummary(String id) {
        setId(id);
        getStyle().set("color", "var(--lumo-error-text-color)").set("white-space", "pre-line");
    }

    void clear(Map<String, HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
        setText("");
    }

    /** @param rename maps a domain field name onto the inputs' names (e.g. drops {@code newValues.}) */
    void show(Map<String, HasValidation> fields, List<FieldError> errors, UnaryOperator<String> rename) {
        Set<String> labels = new LinkedHashSet<>();
        List<String> unplaced = new ArrayList<>();
        for (FieldError error : errors) {
            String field = rename.apply(error.field());
            HasValidation input = closest(fields, field);
            if (input != null) {
                input.setErrorMessage(RecordedStep.capitalise(error.message()));
                input.setInvalid(true);
                labels.add(input instanceof HasLabel l && l.getLabel() != null ? l.getLabel() : field);
            } else if ("step".equals(field) && error.value() != null) {
                unplaced.add(RecordedStep.capitalise(error.value()) + " " + error.message() + ".");
            } else {
                unplaced.add(RecordedStep.capitalise(field) + " " + error.message() + ".");
            }
        }
        StringBuilder text = new StringBuilder("Nothing was stored.");
        if (!labels.isEmpty()) {
            String inputs = String.join(", ", labels);
            text.append(" Please correct: ").append(inputs).append(inputs.matches(".*[.?!]$") ? "" : ".");
        }
        unplaced.forEach(u -> text.append('\n').append(u));
        setText(text.toString());
    }

    /** The input for a field path, or for the nearest enclosing path that has one. */
    static HasValidation closest(Map<String, HasValidation> fields, String field) {
        String path = field;
        while (path != null && !path.isEmpty()) {
            HasValidation input = fields.get(path);
            if (input != null) {
                return input;
            }
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            path = cut > 0 ? path.substring(0, cut) : null;
        }
        return null;
    }
}
