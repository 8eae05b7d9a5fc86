package org.photonledger.processing.sample;

import java.time.Instant;

/**
 * One recorded step of a lab object with its current values (after any corrections) and its original ones;
 * {@code status} is recorded, corrected or voided.
 */
public record StepRow(String aggregateId, String stepId, String kind, String valuesJson, String originalJson,
        String status, int corrections, String lastReason, Instant recordedAt, String recordedBy, long globalIndex) {
}
