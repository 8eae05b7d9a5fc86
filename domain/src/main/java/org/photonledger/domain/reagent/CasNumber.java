package org.photonledger.domain.reagent;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A CAS Registry Number such as 534-17-8, checked with its check digit. */
public record CasNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{2,7})-(\\d{2})-(\\d)");

    public CasNumber {
        String problem = problemWith(value).orElse(null);
        if (problem != null) {
            throw new IllegalArgumentException("invalid CAS number '" + value + "': " + problem);
        }
    }

    /** Why the text is not a valid CAS number, or empty when it is one. */
    public static Optional<String> problemWith(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("is required");
        }
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            return Optional.of("must look like 1234567-12-1 (2–7 digits, 2 digits, 1 check digit)");
        }
        String digits = m.group(1) + m.group(2);
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int position = digits.length() - i;
            sum += (digits.charAt(i) - '0') * position;
        }
        int expected = sum % 10;
        int given = m.group(3).charAt(0) - '0';
        if (expected != given) {
            return Optional.of("check digit is " + given + " but the digits before it require " + expected);
        }
        return Optional.empty();
    }

    public static CasNumber parse(String text) {
        return new CasNumber(text == null ? null : text.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
