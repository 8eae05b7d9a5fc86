package org.photonledger.ui.security;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a person may do in the lab. Roles are independent: {@link #ADMIN} manages users and the integrity tools and
 * does not imply a lab role (separation of duties — whoever administers accounts does not silently also sign
 * results); a person who needs both holds both.
 */
public enum Role {
    /** Logs sample preparation and reagent lots. */
    CHEMIST,
    /** Assembles cavities, runs measurements, analyses, re-analyses and reports results. */
    PHYSICIST,
    /** Reads everything and signs results and figures. */
    REVIEWER,
    /** Manages users; runs the admin and integrity endpoints and {@code generate}. */
    ADMIN;

    /** The name used in the security identity, in messages and in the database: lower case. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role of(String id) {
        return Arrays.stream(values()).filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("role '" + id + "' is not known; allowed: "
                        + Arrays.stream(values()).map(Role::id).toList()));
    }
}
