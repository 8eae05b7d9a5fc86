package org.photonledger.processing.sample;

import java.time.Instant;

/** One lab object (reagent lot, batch, QD sample, mirror, film, cavity) as lists and search show it. */
public record SampleRow(String id, String kind, String subtype, String label, String status, String statusReason,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, int eventCount) {
}
