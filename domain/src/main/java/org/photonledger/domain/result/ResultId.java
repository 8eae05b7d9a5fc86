package org.photonledger.domain.result;

import java.util.Objects;

/** Identifies one computed result (a number with its uncertainty, derived from one measurement's raw data). */
public record ResultId(String value) {

    public ResultId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("result id must not be blank");
        }
    }

    /** The result of one model applied to one measurement: the same analysis of the same run has the same id. */
    public static ResultId of(String measurementId, String model) {
        return new ResultId("result-" + model + "-" + measurementId.replaceFirst("^measurement-", ""));
    }

    @Override
    public String toString() {
        return value;
    }
}
