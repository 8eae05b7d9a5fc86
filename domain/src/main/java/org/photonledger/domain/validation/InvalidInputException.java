package org.photonledger.domain.validation;

import java.util.List;
import java.util.stream.Collectors;

/** A command was refused because of its input; names every offending field. Nothing was recorded. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, Object value, String message) {
        return new InvalidInputException(List.of(new FieldError(field, value == null ? null : String.valueOf(value), message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
