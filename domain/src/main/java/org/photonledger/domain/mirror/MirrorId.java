package org.photonledger.domain.mirror;

import java.util.Objects;
import java.util.UUID;

/** Identifies one cavity mirror (a planar one, or a plinth with concave features). */
public record MirrorId(String value) {

    public MirrorId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("mirror id must not be blank");
        }
    }

    public static MirrorId newId() {
        return new MirrorId("mirror-" + UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value;
    }
}
