package org.photonledger.domain.film;

import java.util.Objects;
import java.util.UUID;

/** Identifies one spin-coated film of quantum dots on a substrate. */
public record FilmId(String value) {

    public FilmId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("film id must not be blank");
        }
    }

    public static FilmId newId() {
        return new FilmId("film-" + UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value;
    }
}
