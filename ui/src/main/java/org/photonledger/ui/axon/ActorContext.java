package org.photonledger.ui.axon;

import java.util.function.Supplier;
import org.photonledger.domain.audit.MetadataKeys;

/**
 * Who is acting on the current thread, so every command (and through correlation every event) names its actor.
 * Until users and roles exist, web requests act as {@value #ANONYMOUS}; automatic work runs as
 * {@link MetadataKeys#SYSTEM}.
 */
public final class ActorContext {

    public static final String ANONYMOUS = "anonymous";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private ActorContext() {
    }

    public static String current() {
        String actor = CURRENT.get();
        return actor == null ? ANONYMOUS : actor;
    }

    public static <T> T callAs(String actor, Supplier<T> work) {
        String previous = CURRENT.get();
        CURRENT.set(actor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    public static void runAs(String actor, Runnable work) {
        callAs(actor, () -> {
            work.run();
            return null;
        });
    }
}
