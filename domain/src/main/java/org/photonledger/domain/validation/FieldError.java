package org.photonledger.domain.validation;

/** One rejected input: which field, the value given, and what would have been accepted. */
public record FieldError(String field, String value, String message) {

    @Override
    public String toString() {
        return field + ": " + message + (value == null ? "" : " (got '" + value + "')");
    }
}
