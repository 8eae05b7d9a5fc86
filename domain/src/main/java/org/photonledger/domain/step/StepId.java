package org.photonledger.domain.step;

import java.util.Objects;
import java.util.UUID;

/** Identifies one recorded step of a sample's history, so that it can later be corrected or voided. */
public record StepId(String value) {

    public StepId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("step id must not be blank");
        }
    }

    public static StepId newId() {
        return new StepId("step-" + UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value;
    }
}
