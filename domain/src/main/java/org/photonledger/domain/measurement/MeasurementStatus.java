package org.photonledger.domain.measurement;

/** Where a measurement run is in its life; every state but RUNNING is final. */
public enum MeasurementStatus {
    RUNNING, COMPLETED, ABORTED, FAILED, INTERRUPTED;

    public String title() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
