package org.photonledger.domain.audit;

/** Names of the metadata every event carries; they live in the event store forever, so never rename them. */
public final class MetadataKeys {

    /** The authenticated user who caused the event, or {@link #SYSTEM} for automatic work. */
    public static final String ACTOR = "actor";
    /** Links all messages caused by one user action (Axon's own key). */
    public static final String CORRELATION_ID = "correlationId";
    /** Why a correction, void or abort was made; optional elsewhere. */
    public static final String REASON = "reason";
    /** SHA-256 (hex) chaining this event to the previous one in global order; see the tamper-evidence check. */
    public static final String CHAIN_HASH = "chainHash";
    /** The chain hash of the event before this one in global order (64 zeros for the first event). */
    public static final String CHAIN_PREVIOUS = "chainPrevious";
    /**
     * On a correction or void: the version (last event sequence number) of the record the user edited. If the
     * record has changed since, the command is refused instead of overwriting the other change.
     */
    public static final String EXPECTED_VERSION = "expectedVersion";
    /** The actor name used for work the system does by itself (preloads, automatic analysis). */
    public static final String SYSTEM = "system";

    private MetadataKeys() {
    }
}
