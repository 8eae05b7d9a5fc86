package org.photonledger.ui.preparation;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jboss.logging.Logger;
import org.photonledger.domain.validation.InvalidInputException;

/**
 * Declares one recorded step of a lab object void (it did not happen as recorded), saying why. The step stays in
 * the history, marked void; its reagents go back into stock. Open it from any page that shows the object:
 * {@code new StepVoidDialog(facade, id, this::refresh).open()}.
 */
public class StepVoidDialog extends Dialog {

    private static final Logger LOG = Logger.getLogger(StepVoidDialog.class);

    private final PreparationFacade facade;
    private final String aggregateId;
    private final Runnable onVoided;
    private final Select<RecordedStep> step = new Select<>();
    private final TextField reason = new TextField("Reason");
    /** The object's version when the dialog opened: a change by someone else since is refused, not overwritten. */
    private final long openedVersion;
    private final ErrorSummary errors = new ErrorSummary("void-errors");

    public StepVoidDialog(PreparationFacade facade, String aggregateId, Runnable onVoided) {
        this(facade, aggregateId, null, onVoided);
    }

    /** @param stepId the step to void, preselected; null to let the user pick */
    public StepVoidDialog(PreparationFacade facade, String aggregateId, String stepId, Runnable onVoided) {
        this.facade = facade;
        this.aggregateId = aggregateId;
        this.openedVersion = facade.version(aggregateId);
        this.onVoided = onVoided;
        setHeaderTitle("Void a step of " + facade.object(aggregateId).map(r -> r.label()).orElse(aggregateId));
        setWidth("min(40rem, 96vw)");
        List<RecordedStep> steps = facade.steps(aggregateId).stream().filter(s -> !s.voided()).toList();
        step.setLabel("Step");
        step.setId("void-step");
        step.setItems(steps);
        step.setItemLabelGenerator(StepCorrectionDialog::describe);
        step.setWidthFull();
        steps.stream().filter(s -> s.stepId().value().equals(stepId)).findFirst().ifPresent(step::setValue);
        reason.setId("void-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        reason.setHelperText("Why the step did not happen as recorded; kept with the record forever");
        Paragraph hint = new Paragraph("The step stays in the history, marked void, with your reason; reagents it took go back "
                + "into stock. A step that later steps depend on must wait until those are voided.");
        hint.addClassName("pl-muted");
        add(step, reason, hint, errors);

        Button confirm = new Button("Void step", e -> confirm());
        confirm.setId("void-save");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickShortcut(Key.ENTER).resetFocusOnActiveElement();
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("void-cancel");
        getFooter().add(cancel, confirm);
    }

    void confirm() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("stepId", step);
        fields.put("reason", reason);
        errors.clear(fields);
        try {
            if (step.getValue() == null) {
                throw InvalidInputException.of("stepId", null, "is required: choose the step to void");
            }
            facade.voidStep(aggregateId, step.getValue().stepId(), reason.getValue(), openedVersion);
            Notification n = Notification.show("Voided: " + step.getValue().title(), 5000, Notification.Position.BOTTOM_START);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onVoided.run();
        } catch (InvalidInputException e) {
            errors.show(fields, e.errors(), UnaryOperator.identity());
        } catch (PreparationFacade.EditConflict conflict) {
            errors.setText(conflict.getMessage());
        } catch (org.photonledger.ui.security.CommandNotAllowedException refused) {
            errors.setText("Nothing was stored: " + refused.getMessage());
        } catch (RuntimeException e) {
            LOG.error("voiding a step of " + aggregateId + " failed", e);
            errors.setText("Nothing was stored: the step could not be voided (" + e.getClass().getSimpleName()
                    + "). The details are in the server log.");
        }
    }
}
