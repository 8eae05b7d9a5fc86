package org.photonledger.ui.preparation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jboss.logging.Logger;
import org.photonledger.domain.validation.InvalidInputException;

/**
 * A bench form: the inputs of one step, prefilled from the protocol, saved as one command with Enter or the save
 * button. The domain's verdict is shown at each input and nothing is stored unless every input is right; after
 * saving, the object's page in the Prepare area shows what to do next.
 */
abstract class BenchForm extends VerticalLayout {

    private static final Logger LOG = Logger.getLogger(BenchForm.class);

    /** What was saved: the object to continue with and a sentence for the user. */
    record Saved(String id, String message) {
    }

    protected final PreparationFacade facade;
    protected final BenchStep step;
    /** The inputs that are not part of a values editor (the object, its parents, a label, a reason). */
    protected final FormLayout head = new FormLayout();
    private final Div body = new Div();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final List<ValuesEditor<?>> editors = new ArrayList<>();
    private final ErrorSummary errors;
    protected final Button save;
    /** The object this page was opened for, if any; Cancel goes back to it. */
    private String opened;

    BenchForm(PreparationFacade facade, BenchStep step, String saveText) {
        this.facade = facade;
        this.step = step;
        setPadding(false);
        setMaxWidth("60rem");
        H2 title = new H2(step.title());
        title.getStyle().set("margin", "0");
        Paragraph hint = new Paragraph(step.hint());
        hint.addClassName("pl-muted");
        hint.getStyle().set("margin", "0");
        head.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("34rem", 2));
        body.setWidthFull();
        body.add(head);
        errors = new ErrorSummary(step.slug() + "-errors");
        save = new Button(saveText, e -> save());
        save.setId(step.slug() + "-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Enter anywhere in the form saves; combo boxes keep Enter to themselves while their list is open.
        // resetFocusOnActiveElement: the input being typed in sends its value before the save runs.
        save.addClickShortcut(Key.ENTER).listenOn(this).resetFocusOnActiveElement();
        Button cancel = new Button("Cancel", e -> UI.getCurrent().navigate(PrepareView.class,
                opened == null ? QueryParameters.empty() : QueryParameters.of(PrepareView.TARGET, opened)));
        cancel.setId(step.slug() + "-cancel");
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        add(title, hint, body, errors, buttons);
    }

    /** Records the step (or makes the object) and says what was saved. */
    protected abstract Saved submit();

    /** Prefills the object the step is for, from the page's {@code target} query parameter. */
    final void openFor(String id) {
        opened = id;
        target(id);
    }

    /** Puts the object into the input that takes it (the object itself, a parent, a substrate, …). */
    abstract void target(String id);

    protected <C extends Component & HasValidation> C field(String name, C component) {
        fields.put(name, component);
        head.add(component);
        return component;
    }

    /** Registers an input under another domain field name too (e.g. {@code parents[0]} besides {@code parents}). */
    protected void alias(String name, HasValidation component) {
        fields.put(name, component);
    }

    protected <E extends ValuesEditor<?>> E editor(E editor) {
        editors.add(editor);
        body.add(editor);
        return editor;
    }

    void save() {
        Map<String, HasValidation> all = allFields();
        errors.clear(all);
        try {
            Saved saved = submit();
            Notification n = Notification.show(saved.message(), 6000, Notification.Position.BOTTOM_START);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate(PrepareView.class, QueryParameters.of(PrepareView.TARGET, saved.id()));
        } catch (InvalidInputException e) {
            errors.show(all, e.errors(), UnaryOperator.identity());
        } catch (org.photonledger.ui.security.CommandNotAllowedException refused) {
            errors.setText("Nothing was stored: " + refused.getMessage());
        } catch (RuntimeException e) {
            // not the user's input: say so plainly and keep the details in the log
            LOG.error("saving " + step.slug() + " failed", e);
            errors.setText("Nothing was stored: the step could not be saved (" + e.getClass().getSimpleName() + "). "
                    + "The details are in the server log.");
        }
    }

    private Map<String, HasValidation> allFields() {
        Map<String, HasValidation> all = new LinkedHashMap<>(fields);
        editors.forEach(e -> all.putAll(e.fields()));
        return all;
    }
}
