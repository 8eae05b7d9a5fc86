package org.photonledger.ui.axon;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.photonledger.domain.audit.MetadataKeys;
import org.photonledger.ui.security.Actor;
import org.photonledger.ui.security.Role;

/**
 * Who is acting on the current thread, so every command is checked against its sender's roles and every event
 * names its actor. In order: an actor set on this thread ({@link #runAs}: {@code system} work, a measurement run
 * carrying the user who started it), the user signed in to the web UI's session, the user a REST request
 * authenticated as (basic auth), else {@link Actor#ANONYMOUS}, who holds no role.
 */
public final class ActorContext {

    public static final String ANONYMOUS = Actor.ANONYMOUS.name();

    private static final ThreadLocal<Actor> CURRENT = new ThreadLocal<>();

    private ActorContext() {
    }

    /** The current actor's name, as it goes into event metadata. */
    public static String current() {
        return currentActor().name();
    }

    public static Actor currentActor() {
        Actor actor = CURRENT.get();
        if (actor != null) {
            return actor;
        }
        return webSessionUser().or(ActorContext::restUser).orElse(Actor.ANONYMOUS);
    }

    private static Optional<Actor> webSessionUser() {
        com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
        if (session == null) {
            return Optional.empty();
        }
        Object user = session.getAttribute(org.photonledger.ui.security.AccessGuard.SESSION_USER);
        ArcContainer container = Arc.container();
        if (!(user instanceof String name) || container == null) {
            return Optional.empty();
        }
        // the account as it is now: roles taken away or an account disabled take effect on the next command
        return Optional.of(container.instance(org.photonledger.ui.security.UserDirectory.class).get().active(name)
                .orElse(Actor.ANONYMOUS));
    }

    private static Optional<Actor> restUser() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return Optional.empty();
        }
        var instance = container.select(SecurityIdentity.class);
        if (!instance.isResolvable()) {
            return Optional.empty();
        }
        SecurityIdentity identity = instance.get();
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (identity.hasRole(role.id())) {
                roles.add(role);
            }
        }
        return Optional.of(new Actor(identity.getPrincipal().getName(), roles));
    }

    /**
     * Makes {@code actor} this thread's actor until the returned scope is closed (which restores the one before):
     * for a thread that does a user's work step by step rather than in one call, such as a signed-in CLI session
     * or a test acting as a signed-in user.
     */
    public static Scope signIn(Actor actor) {
        Actor previous = CURRENT.get();
        CURRENT.set(actor);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** Ends a {@link #signIn}. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    public static <T> T callAs(Actor actor, Supplier<T> work) {
        try (Scope signedIn = signIn(actor)) {
            return work.get();
        }
    }

    public static void runAs(Actor actor, Runnable work) {
        callAs(actor, () -> {
            work.run();
            return null;
        });
    }

    /** Runs the app's own work as {@value MetadataKeys#SYSTEM}. */
    public static void runAs(String systemActor, Runnable work) {
        if (!MetadataKeys.SYSTEM.equals(systemActor)) {
            throw new IllegalArgumentException("runAs by name is for system work only; pass an Actor with roles");
        }
        runAs(Actor.SYSTEM, work);
    }
}
