package org.photonledger.domain.cavity;

import java.util.Objects;
import java.util.UUID;

/** Identifies one assembled open-access microcavity (a planar and a featured mirror around one chosen dot). */
public record CavityId(String value) {

    public CavityId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("cavity id must not be blank");
        }
    }

    public static CavityId newId() {
        return new CavityId("cavity-" + UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value;
    }
}
