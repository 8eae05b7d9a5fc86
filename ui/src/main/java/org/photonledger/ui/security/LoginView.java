package org.photonledger.ui.security;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Sign in. The form posts to {@code /api/session/login} (a real form post, so the session cookie is HttpOnly); a
 * wrong name or password comes back here with the error shown.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · PhotonLedger")
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("PhotonLedger");
        i18n.getErrorMessage().setTitle("Wrong user name or password");
        i18n.getErrorMessage().setMessage("Check both and try again; a disabled account cannot sign in either.");
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.setId("login");
        Paragraph help = new Paragraph("First start: the admin password was printed once in the log of "
                + "./photonledger serve (with the demo lab, also those of chemist, physicist and reviewer).");
        help.getStyle().set("color", "var(--lumo-secondary-text-color)").set("max-width", "24em")
                .set("font-size", "0.875rem");
        add(new Div(form), help);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var q = event.getLocation().getQueryParameters();
        String target = SessionResource.safeTarget(q.getSingleParameter("target").orElse("/"));
        form.setAction("/api/session/login?target=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
        form.setError(q.getParameters().containsKey("error"));
    }
}
