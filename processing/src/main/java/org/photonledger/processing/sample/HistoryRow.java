package org.photonledger.processing.sample;

import java.time.Instant;

/** One event in a lab object's history, as the audit trail shows it: what, who, when, why, and the payload. */
public record HistoryRow(long globalIndex, String eventId, String aggregateId, long sequenceNumber, String eventType,
        String stepId, String summary, String payloadJson, String actor, String reason, Instant occurredAt) {
}
