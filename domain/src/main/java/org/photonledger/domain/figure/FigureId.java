package org.photonledger.domain.figure;

import java.util.Objects;
import java.util.UUID;

/** Identifies one figure definition across all its versions. */
public record FigureId(String value) {

    public FigureId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("figure id must not be blank");
        }
    }

    public static FigureId newId() {
        return new FigureId("figure-" + UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value;
    }
}
