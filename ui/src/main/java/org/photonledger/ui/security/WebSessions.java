package org.photonledger.ui.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sign-ins of the web UI: a random token in an HttpOnly cookie names the user, so the pages and the images and
 * downloads they link under {@code /api} know who is looking. Tokens live in this instance's memory: a restart
 * signs everyone out, and with several instances a browser stays on the one it signed in to (or signs in again).
 * A token lapses after {@link #IDLE} without use.
 */
@ApplicationScoped
public class WebSessions {

    public static final String COOKIE = "photonledger-session";
    public static final Duration IDLE = Duration.ofHours(12);
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Entry(String username, Instant lastUse) {
    }

    private final Map<String, Entry> open = new ConcurrentHashMap<>();

    public String open(String username) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        open.put(token, new Entry(username, Instant.now()));
        if (open.size() > 10_000) {
            Instant cut = Instant.now().minus(IDLE);
            open.values().removeIf(e -> e.lastUse().isBefore(cut));
        }
        return token;
    }

    /** The user a token belongs to, if it is open and was used within {@link #IDLE}. */
    public Optional<String> user(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Entry e = open.get(token);
        if (e == null) {
            return Optional.empty();
        }
        if (e.lastUse().isBefore(Instant.now().minus(IDLE))) {
            open.remove(token);
            return Optional.empty();
        }
        open.put(token, new Entry(e.username(), Instant.now()));
        return Optional.of(e.username());
    }

    public void close(String token) {
        if (token != null) {
            open.remove(token);
        }
    }

    /** Signs a user out everywhere, e.g. when an admin disables the account. */
    public void closeAll(String username) {
        open.values().removeIf(e -> e.username().equals(username));
    }
}
