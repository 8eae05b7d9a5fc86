package org.photonledger.domain.measurement;

import java.util.Objects;
import java.util.UUID;

/** Identifies one measurement run, from its start to its end. */
public record MeasurementId(String value) {

    public MeasurementId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("measurement id must not be blank");
        }
    }

    public static MeasurementId newId() {
        return new MeasurementId("measurement-" + UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value;
    }
}
