package org.photonledger.processing.audit;

import java.util.Map;

/**
 * One event exactly as the event store holds it (the bytes that were written), with its metadata parsed; the
 * input of the tamper-evidence hash.
 */
public record StoredEvent(
        long globalIndex,
        String eventIdentifier,
        String aggregateIdentifier,
        long sequenceNumber,
        String aggregateType,
        String timestamp,
        String payloadType,
        String payloadRevision,
        byte[] payload,
        Map<String, Object> metaData) {
}
