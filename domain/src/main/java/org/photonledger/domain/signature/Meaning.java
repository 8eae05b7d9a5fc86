package org.photonledger.domain.signature;

import java.util.Arrays;
import java.util.Locale;

/** What a signature means (21 CFR 11.50: the meaning is part of every signature). */
public enum Meaning {
    /** The signer checked it. */
    REVIEWED,
    /** The signer approves it for release (a paper, a report). */
    APPROVED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Meaning of(String id) {
        return Arrays.stream(values()).filter(m -> m.id().equalsIgnoreCase(id == null ? "" : id.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("meaning '" + id + "' is not known; one of "
                        + Arrays.stream(values()).map(Meaning::id).toList()));
    }
}
