package org.photonledger.domain.synthesis;

import java.util.Objects;
import java.util.UUID;

/** Identifies one hot-injection synthesis batch of quantum dots. */
public record BatchId(String value) {

    public BatchId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("batch id must not be blank");
        }
    }

    public static BatchId newId() {
        return new BatchId("batch-" + UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value;
    }
}
