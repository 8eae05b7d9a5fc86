package org.photonledger.ui.preparation;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.photonledger.domain.validation.InvalidInputException;

/** Ends an object's useful life (abandon a batch, discard a sample, disassemble a cavity), saying why. */
class EndOfLifeForm extends BenchForm {

    private final String targetField;
    private final ObjectPicker target;
    private final TextField reason = new TextField("Reason");
    private final BiConsumer<String, String> end;
    private final String done;

    EndOfLifeForm(PreparationFacade facade, BenchStep step, String targetField, ObjectPicker target, boolean reasonRequired,
            String action, String done, BiConsumer<String, String> end) {
        super(facade, step, action);
        this.targetField = targetField;
        this.target = field(targetField, target);
        this.end = end;
        this.done = done;
        save.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        reason.setId(step.slug() + "-reason");
        reason.setRequiredIndicatorVisible(reasonRequired);
        reason.setHelperText(reasonRequired ? "Kept with the record forever" : "Optional, e.g. measurements done");
        field("reason", reason);
    }

    @Override
    protected Saved submit() {
        String id = target.selectedId();
        if (id == null) {
            throw InvalidInputException.of(targetField, null, "is required: choose the " + target.getLabel().toLowerCase(Locale.ROOT));
        }
        end.accept(id, reason.getValue().isBlank() ? null : reason.getValue());
        return new Saved(id, done);
    }

    @Override
    void target(String id) {
        target.select(id);
    }
}
