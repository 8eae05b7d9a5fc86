package org.photonledger.processing.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.photonledger.domain.audit.MetadataKeys;

/**
 * The tamper-evidence hash chain: each event's hash covers the previous event's hash and this event's canonical
 * form (identity, position, time, payload bytes, metadata without the chain keys). Changing, deleting, inserting or
 * reordering any stored event breaks the chain from that point on.
 */
public final class EventChain {

    /** The "previous hash" of the very first event. */
    public static final String GENESIS = "0".repeat(64);

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private EventChain() {
    }

    /** The chain hash of {@code event} following an event whose chain hash is {@code previousHash}. */
    public static String link(String previousHash, StoredEvent event) {
        StringBuilder canonical = new StringBuilder(256 + event.payload().length * 4 / 3)
                .append(previousHash).append('\n')
                .append(event.eventIdentifier()).append('\n')
                .append(event.aggregateIdentifier()).append('\n')
                .append(event.sequenceNumber()).append('\n')
                .append(nullToEmpty(event.aggregateType())).append('\n')
                .append(event.timestamp()).append('\n')
                .append(event.payloadType()).append('\n')
                .append(nullToEmpty(event.payloadRevision())).append('\n')
                .append(Base64.getEncoder().encodeToString(event.payload())).append('\n')
                .append(canonicalMetaData(event.metaData()));
        return sha256(canonical.toString());
    }

    /** Metadata as sorted-key JSON without the chain's own keys, so the hash never covers itself. */
    static String canonicalMetaData(Map<String, Object> metaData) {
        Map<String, Object> sorted = new TreeMap<>(metaData);
        sorted.remove(MetadataKeys.CHAIN_HASH);
        sorted.remove(MetadataKeys.CHAIN_PREVIOUS);
        try {
            return CANONICAL.writeValueAsString(sorted);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("metadata cannot be written canonically: " + e.getOriginalMessage(), e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
