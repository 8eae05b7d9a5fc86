package org.photonledger.ui.signature;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.photonledger.domain.validation.InvalidInputException;
import org.photonledger.ui.axon.ActorContext;
import org.photonledger.ui.security.Actor;
import org.photonledger.ui.security.CommandNotAllowedException;
import org.photonledger.ui.security.Role;

/**
 * The signatures of a result or a figure, each checked now (valid, or stale with what changed since), and for a
 * reviewer the way to sign: meaning, the statement signed, and the password typed again.
 */
public class SignaturePanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    /** Signs with the meaning and password given and returns the new signature. */
    public interface Signer {
        SignatureService.Signature sign(String meaning, String password);
    }

    private final SignatureService service;
    private final String subjectId;
    private final String what;
    private final Signer signer;
    private final Div list = new Div();

    public SignaturePanel(SignatureService service, String subjectId, String what, Signer signer) {
        this.service = service;
        this.subjectId = subjectId;
        this.what = what;
        this.signer = signer;
        setPadding(false);
        setId("signatures");
        add(new H3("Signatures"));
        list.setId("signature-list");
        add(list);
        Actor me = ActorContext.currentActor();
        if (me.has(Role.REVIEWER)) {
            Button sign = new Button("Sign…", e -> dialog(me));
            sign.setId("sign-open");
            add(sign);
        } else {
            Span only = new Span("Reviewers sign results and figures; '" + me.name() + "' holds " + me.roleIds() + ".");
            only.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "0.875rem");
            add(only);
        }
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<SignatureService.Signature> all = service.signatures(subjectId);
        if (all.isEmpty()) {
            list.add(new Span("Not signed yet."));
            return;
        }
        for (SignatureService.Signature s : all) {
            Div row = new Div();
            row.addClassName(s.stale() ? "pl-signature-stale" : "pl-signature-valid");
            Span badge = new Span(s.stale() ? "STALE" : "valid");
            badge.getElement().getThemeList().add(s.stale() ? "badge error" : "badge success");
            row.add(badge, new Span(" " + s.meaning() + " by " + s.signer() + ", " + WHEN.format(s.at())
                    + (s.version() == null ? "" : ", version " + s.version()) + " — sha256 " + s.sha256().substring(0, 16)
                    + "… over " + s.records() + " records"));
            if (s.stale()) {
                UnorderedList changed = new UnorderedList();
                s.changed().forEach(c -> changed.add(new ListItem(c)));
                row.add(changed);
            }
            list.add(row);
        }
    }

    private void dialog(Actor me) {
        Dialog d = new Dialog();
        d.setHeaderTitle("Sign " + what);
        RadioButtonGroup<String> meaning = new RadioButtonGroup<>("Meaning");
        meaning.setItems("reviewed", "approved");
        meaning.setValue("reviewed");
        meaning.setId("sign-meaning");
        Paragraph statement = new Paragraph();
        Runnable updateStatement = () -> statement.setText("I, " + me.name() + ", sign " + what + " as "
                + meaning.getValue() + ". The signature covers the SHA-256 of it and of everything it was made from, "
                + "as recorded now; a later change anywhere in that lineage will show this signature as stale.");
        updateStatement.run();
        meaning.addValueChangeListener(e -> updateStatement.run());
        PasswordField password = new PasswordField("Your password, again");
        password.setId("sign-password");
        password.setWidthFull();
        Button confirm = new Button("Sign", e -> {
            try {
                SignatureService.Signature s = signer.sign(meaning.getValue(), password.getValue());
                Notification.show("Signed (" + s.meaning() + ") — sha256 " + s.sha256(), 6000,
                        Notification.Position.TOP_CENTER);
                d.close();
                refresh();
            } catch (InvalidInputException invalid) {
                password.setErrorMessage(invalid.errors().stream().map(f -> f.field() + ": " + f.message())
                        .reduce((a, b) -> a + "; " + b).orElse(invalid.getMessage()));
                password.setInvalid(true);
            } catch (CommandNotAllowedException refused) {
                password.setErrorMessage(refused.getMessage());
                password.setInvalid(true);
            }
        });
        confirm.setId("sign-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(new VerticalLayout(meaning, statement, password));
        d.getFooter().add(new Button("Cancel", e -> d.close()), confirm);
        d.setWidth("32em");
        d.open();
    }
}
