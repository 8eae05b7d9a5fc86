package org.photonledger.ui.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import io.quarkus.arc.Arc;
import org.photonledger.domain.validation.InvalidInputException;

/** A signed-in user changes their own password: the current one first, then the new one twice. */
public final class PasswordDialog {

    private PasswordDialog() {
    }

    public static void open(Actor me) {
        UserDirectory directory = Arc.container().instance(UserDirectory.class).get();
        Dialog d = new Dialog();
        d.setHeaderTitle("Change the password of " + me.name());
        PasswordField current = new PasswordField("Current password");
        current.setId("password-current");
        PasswordField fresh = new PasswordField("New password");
        fresh.setId("password-new");
        fresh.setHelperText("at least " + UserDirectory.MIN_PASSWORD + " characters");
        PasswordField again = new PasswordField("New password again");
        again.setId("password-again");
        for (PasswordField f : new PasswordField[] {current, fresh, again}) {
            f.setWidthFull();
        }
        Button save = new Button("Change password", e -> {
            current.setInvalid(false);
            fresh.setInvalid(false);
            again.setInvalid(false);
            if (!fresh.getValue().equals(again.getValue())) {
                again.setErrorMessage("is not the same as the new password");
                again.setInvalid(true);
                return;
            }
            try {
                directory.changeOwnPassword(me, current.getValue(), fresh.getValue());
                Notification.show("Password changed", 4000, Notification.Position.TOP_CENTER);
                d.close();
            } catch (InvalidInputException invalid) {
                invalid.errors().forEach(f -> {
                    PasswordField field = f.field().equals("currentPassword") ? current : fresh;
                    field.setErrorMessage(f.message());
                    field.setInvalid(true);
                });
            }
        });
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(new VerticalLayout(current, fresh, again));
        d.getFooter().add(new Button("Cancel", e -> d.close()), save);
        d.setWidth("26em");
        d.open();
    }
}
