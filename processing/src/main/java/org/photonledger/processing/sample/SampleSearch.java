package org.photonledger.processing.sample;

import java.time.LocalDate;

/**
 * Criteria for searching lab objects; every field is optional: text in the id or label, the kind, who created it,
 * and the creation date range (inclusive).
 */
public record SampleSearch(String text, String kind, String createdBy, LocalDate from, LocalDate to) {

    public static SampleSearch all() {
        return new SampleSearch(null, null, null, null, null);
    }

    public static SampleSearch ofKind(String kind) {
        return new SampleSearch(null, kind, null, null, null);
    }
}
