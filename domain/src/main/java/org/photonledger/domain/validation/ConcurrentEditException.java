package org.photonledger.domain.validation;

/**
 * A correction or void was made on an older version of its record than the one stored now: someone else changed it
 * in between. Nothing was recorded; the user reloads, sees the other change, and decides again.
 */
public class ConcurrentEditException extends RuntimeException {

    private final long expectedVersion;
    private final long actualVersion;

    public ConcurrentEditException(long expectedVersion, long actualVersion) {
        super("the record was changed since you opened it (you edited version " + expectedVersion
                + ", it is at version " + actualVersion + " now)");
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long actualVersion() {
        return actualVersion;
    }

    /** Refuses the edit unless no version was given or the record is still at the version the user edited. */
    public static void check(Long expected, Long actual) {
        if (expected != null && !expected.equals(actual)) {
            throw new ConcurrentEditException(expected, actual == null ? -1 : actual);
        }
    }
}
