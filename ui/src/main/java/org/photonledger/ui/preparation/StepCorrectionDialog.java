package org.photonledger.ui.preparation;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.photonledger.domain.validation.InvalidInputException;

/**
 * Corrects one recorded step of a lab object: pick the step, edit its current values (prefilled exactly as the
 * aggregate holds them), say why. The original values stay in the history; reagent stock moves by the difference.
 * Open it from any page that shows the object: {@code new StepCorrectionDialog(facade, id, this::refresh).open()}.
 */
public class StepCorrectionDialog extends Dialog {

    private static final Logger LOG = Logger.getLogger(StepCorrectionDialog.class);
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final PreparationFacade facade;
    private final String aggregateId;
    private final Runnable onCorrected;
    private final Select<RecordedStep> step = new Select<>();
    private final Div editorHolder = new Div();
    private final TextField reason = new TextField("Reason for the correction");
    /** The object's version when the dialog opened: a change by someone else since is refused, not overwritten. */
    private final long openedVersion;
    private final ErrorSummary errors = new ErrorSummary("correction-errors");
    private ValuesEditor<?> editor;

    public StepCorrectionDialog(PreparationFacade facade, String aggregateId, Runnable onCorrected) {
        this(facade, aggregateId, null, onCorrected);
    }

    /** @param stepId the step to correct, preselected; null to let the user pick */
    public StepCorrectionDialog(PreparationFacade facade, String aggregateId, String stepId, Runnable onCorrected) {
        this.facade = facade;
        this.aggregateId = aggregateId;
        this.openedVersion = facade.version(aggregateId);
        this.onCorrected = onCorrected;
        setHeaderTitle("Correct a step of " + facade.object(aggregateId).map(r -> r.label()).orElse(aggregateId));
        setWidth("min(60rem, 96vw)");
        List<RecordedStep> steps = facade.steps(aggregateId).stream().filter(s -> !s.voided()).toList();
        step.setLabel("Step");
        step.setId("correction-step");
        step.setItems(steps);
        step.setItemLabelGenerator(StepCorrectionDialog::describe);
        step.setWidthFull();
        step.setEmptySelectionAllowed(false);
        step.addValueChangeListener(e -> showEditor(e.getValue()));
        reason.setId("correction-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        reason.setHelperText("Kept with the record forever, next to the original values");
        editorHolder.setWidthFull();
        Paragraph hint = new Paragraph("The values below are the step's current ones; change what was wrong.");
        hint.addClassName("pl-muted");
        add(step, hint, editorHolder, reason, errors);

        Button save = new Button("Save correction", e -> save());
        save.setId("correction-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).resetFocusOnActiveElement();
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("correction-cancel");
        getFooter().add(cancel, save);

        steps.stream().filter(s -> s.stepId().value().equals(stepId)).findFirst()
                .or(() -> steps.size() == 1 ? Optional.of(steps.getFirst()) : Optional.empty())
                .ifPresent(step::setValue);
    }

    static String describe(RecordedStep s) {
        return s.title() + " · " + WHEN.format(s.recordedAt()) + " · " + s.recordedBy()
                + (s.corrections() > 0 ? " · corrected " + s.corrections() + "×" : "");
    }

    private void showEditor(RecordedStep selected) {
        editorHolder.removeAll();
        editor = selected == null ? null : ValuesEditor.forValues(facade, selected.values(), "correction-");
        if (editor != null) {
            editorHolder.add(editor);
        }
    }

    void save() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        if (editor != null) {
            fields.putAll(editor.fields());
        }
        fields.put("stepId", step);
        fields.put("reason", reason);
        errors.clear(fields);
        try {
            if (step.getValue() == null) {
                throw InvalidInputException.of("stepId", null, "is required: choose the step to correct");
            }
            facade.correctStep(aggregateId, step.getValue().stepId(), editor.read(), reason.getValue(), openedVersion);
            Notification n = Notification.show("Corrected: " + step.getValue().title(), 5000, Notification.Position.BOTTOM_START);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onCorrected.run();
        } catch (InvalidInputException e) {
            errors.show(fields, e.errors(), f -> f.equals("newValues") ? "values"
                    : f.startsWith("newValues.") ? f.substring("newValues.".length()) : f);
        } catch (PreparationFacade.EditConflict conflict) {
            errors.setText(conflict.getMessage());
        } catch (org.photonledger.ui.security.CommandNotAllowedException refused) {
            errors.setText("Nothing was stored: " + refused.getMessage());
        } catch (RuntimeException e) {
            LOG.error("correcting a step of " + aggregateId + " failed", e);
            errors.setText("Nothing was stored: the correction could not be saved (" + e.getClass().getSimpleName()
                    + "). The details are in the server log.");
        }
    }
}
