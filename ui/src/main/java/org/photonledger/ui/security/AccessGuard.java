package org.photonledger.ui.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.quarkus.annotation.VaadinServiceEnabled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import java.util.Map;
import java.util.Optional;
import org.photonledger.domain.validation.InvalidInputException;

/**
 * Every page but the login page needs a signed-in user: the guard reads the session cookie the login form set
 * (re-checked on every page load, so signing out or a disabled account takes effect at once) and sends everyone
 * else to {@code /login}, remembering where they wanted to go. A command a user's roles do not allow is refused by
 * the command bus whatever the page shows; the refusal is shown as a notification, never a stack trace.
 */
@ApplicationScoped
@VaadinServiceEnabled
public class AccessGuard implements VaadinServiceInitListener {

    /** The VaadinSession attribute holding the signed-in user's name. */
    public static final String SESSION_USER = "photonledger.user";

    @Inject
    WebSessions sessions;

    @Inject
    UserDirectory directory;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            Optional<Throwable> refusal = refusal(error.getThrowable());
            UI ui = UI.getCurrent();
            if (refusal.isPresent() && ui != null) {
                Notification n = Notification.show(refusal.get().getMessage(), 8000, Notification.Position.MIDDLE);
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            } else {
                new DefaultErrorHandler().error(error);
            }
        }));
    }

    private static Optional<Throwable> refusal(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof CommandNotAllowedException || c instanceof InvalidInputException) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private void beforeEnter(BeforeEnterEvent event) {
        Optional<Actor> user = signedIn(event.getTrigger() == NavigationTrigger.PAGE_LOAD);
        if (user.isEmpty() && !LoginView.class.equals(event.getNavigationTarget())) {
            String target = "/" + event.getLocation().getPathWithQueryParameters();
            event.forwardTo(LoginView.class, QueryParameters.simple(Map.of("target", target)));
        }
    }

    /** The signed-in user of this UI's session; from the cookie on a page load, else as remembered in the session. */
    private Optional<Actor> signedIn(boolean pageLoad) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return Optional.empty();
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        if (pageLoad && request != null) {
            Optional<String> fromCookie = cookie(request).flatMap(sessions::user);
            session.setAttribute(SESSION_USER, fromCookie.orElse(null));
        }
        return Optional.ofNullable((String) session.getAttribute(SESSION_USER)).flatMap(directory::active);
    }

    private static Optional<String> cookie(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie c : cookies) {
            if (WebSessions.COOKIE.equals(c.getName())) {
                return Optional.ofNullable(c.getValue());
            }
        }
        return Optional.empty();
    }
}
