package org.photonledger.ui.security;

import java.util.EnumSet;
import java.util.Set;
import org.photonledger.domain.audit.MetadataKeys;

/**
 * Who sends a command: a signed-in user with the roles the directory gave them, {@link #SYSTEM} for the app's own
 * work (demo lab, automatic analysis, stock preload, generate, recovery), or {@link #ANONYMOUS} when no one is
 * signed in — anonymous holds no role, so every command it sends is refused.
 */
public record Actor(String name, Set<Role> roles) {

    public static final Actor SYSTEM = new Actor(MetadataKeys.SYSTEM, EnumSet.allOf(Role.class));
    public static final Actor ANONYMOUS = new Actor("anonymous", Set.of());

    public Actor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an actor needs a name");
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Actor of(String name, Role... roles) {
        return new Actor(name, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isSystem() {
        return MetadataKeys.SYSTEM.equals(name);
    }

    /** Roles as the lower-case ids shown to people, sorted. */
    public java.util.List<String> roleIds() {
        return roles.stream().map(Role::id).sorted().toList();
    }
}
