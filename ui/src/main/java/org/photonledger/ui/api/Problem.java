package org.photonledger.ui.api;

import java.util.List;
import org.photonledger.domain.validation.FieldError;

/** An RFC 9457 problem-details body: what went wrong, and for bad input every offending field. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem invalidInput(List<FieldError> errors) {
        String detail = errors.stream().map(FieldError::toString).reduce((a, b) -> a + "; " + b).orElse("invalid input");
        return new Problem("/problems/invalid-input", "Invalid input", 400, detail, errors);
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("/problems/" + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), title, status, detail, List.of());
    }
}
