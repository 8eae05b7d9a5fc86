package org.photonledger.domain.sample;

import java.util.Objects;
import java.util.UUID;

/** Identifies one quantum-dot sample derived from a batch or from other samples. */
public record SampleId(String value) {

    public SampleId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("sample id must not be blank");
        }
    }

    public static SampleId newId() {
        return new SampleId("sample-" + UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value;
    }
}
