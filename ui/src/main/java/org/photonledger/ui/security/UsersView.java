package org.photonledger.ui.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.photonledger.domain.validation.InvalidInputException;
import org.photonledger.ui.axon.ActorContext;

/** Accounts: create, give and take roles, reset a password, disable. Admins only; the directory checks it too. */
@Route("admin/users")
@PageTitle("Users · PhotonLedger")
public class UsersView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private static final List<String> ROLES = Arrays.stream(Role.values()).map(Role::id).toList();

    private final UserDirectory directory;
    private final WebSessions sessions;
    private final Grid<UserDirectory.Account> grid = new Grid<>();
    private final Grid<UserDirectory.Change> changes = new Grid<>();

    @Inject
    public UsersView(UserDirectory directory, WebSessions sessions) {
        this.directory = directory;
        this.sessions = sessions;
        grid.addColumn(UserDirectory.Account::username).setHeader("User").setAutoWidth(true);
        grid.addColumn(a -> String.join(", ", a.roles())).setHeader("Roles").setAutoWidth(true);
        grid.addColumn(a -> a.enabled() ? "enabled" : "disabled").setHeader("State");
        grid.addColumn(a -> WHEN.format(a.changedAt()) + " by " + a.changedBy()).setHeader("Last change").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setId("users");
        changes.addColumn(c -> WHEN.format(c.at())).setHeader("When").setAutoWidth(true);
        changes.addColumn(UserDirectory.Change::by).setHeader("By");
        changes.addColumn(UserDirectory.Change::username).setHeader("User");
        changes.addColumn(c -> c.change() + (c.detail() == null ? "" : ": " + c.detail())).setHeader("Change")
                .setAutoWidth(true);
        changes.setAllRowsVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H2("Users"));
        var refused = RoleNotice.unless(Role.ADMIN, "Managing users needs", "users-refused");
        if (refused.isPresent()) {
            add(refused.get());
            return;
        }
        add(new Paragraph("chemist: logs sample preparation and reagents · physicist: cavities, measurements, "
                + "analysis, figures · reviewer: reads everything, signs results and figures · admin: users and "
                + "integrity tools. Roles are independent; a person may hold several."));
        add(createForm());
        add(grid, new H3("Account changes (newest first; none is ever removed)"), changes);
        refresh();
    }

    private HorizontalLayout createForm() {
        TextField name = new TextField("New user");
        name.setId("new-username");
        name.setHelperText("lower-case letters, digits, . - _");
        PasswordField password = new PasswordField("Password");
        password.setId("new-password");
        password.setHelperText("at least " + UserDirectory.MIN_PASSWORD + " characters");
        CheckboxGroup<String> roles = new CheckboxGroup<>("Roles");
        roles.setItems(ROLES);
        roles.setId("new-roles");
        Button create = new Button("Create user", e -> {
            name.setInvalid(false);
            password.setInvalid(false);
            roles.setInvalid(false);
            try {
                directory.create(name.getValue(), password.getValue(), roles.getValue(), ActorContext.currentActor());
                Notification.show("Created '" + name.getValue().strip() + "'", 4000, Notification.Position.TOP_CENTER);
                name.clear();
                password.clear();
                roles.clear();
                refresh();
            } catch (InvalidInputException invalid) {
                invalid.errors().forEach(f -> {
                    switch (f.field()) {
                        case "username" -> { name.setErrorMessage(f.message()); name.setInvalid(true); }
                        case "password" -> { password.setErrorMessage(f.message()); password.setInvalid(true); }
                        default -> { roles.setErrorMessage(f.message()); roles.setInvalid(true); }
                    }
                });
            }
        });
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, password, roles, create);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return form;
    }

    private HorizontalLayout actions(UserDirectory.Account a) {
        Button roles = new Button("Roles…", e -> rolesDialog(a));
        Button password = new Button("Reset password…", e -> passwordDialog(a));
        Button toggle = new Button(a.enabled() ? "Disable" : "Enable", e -> apply(() -> {
            directory.setEnabled(a.username(), !a.enabled(), ActorContext.currentActor());
            if (a.enabled()) {
                sessions.closeAll(a.username());
            }
        }, (a.enabled() ? "Disabled '" : "Enabled '") + a.username() + "'"));
        roles.addThemeVariants(ButtonVariant.LUMO_SMALL);
        password.addThemeVariants(ButtonVariant.LUMO_SMALL);
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, a.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        return new HorizontalLayout(roles, password, toggle);
    }

    private void rolesDialog(UserDirectory.Account a) {
        Dialog d = new Dialog();
        d.setHeaderTitle("Roles of " + a.username());
        CheckboxGroup<String> roles = new CheckboxGroup<>();
        roles.setItems(ROLES);
        roles.setValue(Set.copyOf(a.roles()));
        d.add(roles);
        d.getFooter().add(new Button("Cancel", e -> d.close()), new Button("Save", e -> {
            if (apply(() -> directory.setRoles(a.username(), roles.getValue(), ActorContext.currentActor()),
                    "Roles of '" + a.username() + "' saved")) {
                d.close();
            }
        }));
        d.open();
    }

    private void passwordDialog(UserDirectory.Account a) {
        Dialog d = new Dialog();
        d.setHeaderTitle("New password for " + a.username());
        PasswordField password = new PasswordField("Password");
        password.setHelperText("at least " + UserDirectory.MIN_PASSWORD + " characters; tell it to the user in person");
        d.add(password);
        d.getFooter().add(new Button("Cancel", e -> d.close()), new Button("Set password", e -> {
            if (apply(() -> directory.resetPassword(a.username(), password.getValue(), ActorContext.currentActor()),
                    "Password of '" + a.username() + "' reset")) {
                d.close();
            }
        }));
        d.open();
    }

    private boolean apply(Runnable change, String done) {
        try {
            change.run();
            Notification.show(done, 4000, Notification.Position.TOP_CENTER);
            refresh();
            return true;
        } catch (InvalidInputException | CommandNotAllowedException refused) {
            Notification n = Notification.show(refused.getMessage(), 8000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
    }

    private void refresh() {
        grid.setItems(directory.list());
        changes.setItems(directory.changes(50));
    }

}
