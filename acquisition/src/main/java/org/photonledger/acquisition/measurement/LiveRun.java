package org.photonledger.acquisition.measurement;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.photonledger.domain.measurement.MeasurementId;
import org.photonledger.domain.measurement.MeasurementStatus;
import org.photonledger.domain.measurement.MeasurementType;

/** A run as its watchers see it: status, progress, live count rates and the live picture. Thread-safe. */
public final class LiveRun {

    private final MeasurementId id;
    private final MeasurementType type;
    private final Instant startedAt;
    private final double durationS;
    private volatile MeasurementStatus status = MeasurementStatus.RUNNING;
    private volatile double progress;
    private volatile long records;
    private volatile String message;
    private volatile String rawSha256;
    private volatile boolean stopRequested;
    private volatile String stopReason;
    private volatile CommandSink stopSink;
    private final AtomicReference<Map<Integer, Double>> rates = new AtomicReference<>(Map.of());
    private volatile java.util.function.Supplier<Preview> preview = () -> null;

    LiveRun(MeasurementId id, MeasurementType type, Instant startedAt, double durationS) {
        this.id = id;
        this.type = type;
        this.startedAt = startedAt;
        this.durationS = durationS;
    }

    public MeasurementId id() {
        return id;
    }

    public MeasurementType type() {
        return type;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public double durationSeconds() {
        return durationS;
    }

    public MeasurementStatus status() {
        return status;
    }

    public boolean running() {
        return status == MeasurementStatus.RUNNING;
    }

    /** Fraction of the planned acquisition done, in [0, 1]. */
    public double progress() {
        return progress;
    }

    /** Tags or table rows acquired so far. */
    public long records() {
        return records;
    }

    /** Photons per second per detector channel over the last stretch of acquisition. */
    public Map<Integer, Double> countRates() {
        return rates.get();
    }

    /** The end's message: the failure, or the abort reason; null while running or when completed. */
    public String message() {
        return message;
    }

    /** The stored raw data's hash, once stored. */
    public String rawSha256() {
        return rawSha256;
    }

    public Preview preview() {
        return preview.get();
    }

    void previewFrom(java.util.function.Supplier<Preview> source) {
        this.preview = source;
    }

    void progress(double fraction, long records) {
        this.progress = Math.max(0, Math.min(1, fraction));
        this.records = records;
    }

    void rates(Map<Integer, Double> perChannel) {
        rates.set(java.util.Collections.unmodifiableMap(new TreeMap<>(perChannel)));
    }

    void stored(String sha256) {
        this.rawSha256 = sha256;
    }

    void end(MeasurementStatus status, String message) {
        this.message = message;
        this.status = status;
    }

    void requestStop(String reason, CommandSink sink) {
        this.stopReason = reason;
        this.stopSink = sink;
        this.stopRequested = true;
    }

    CommandSink stopSink() {
        return stopSink;
    }

    boolean stopRequested() {
        return stopRequested;
    }

    String stopReason() {
        return stopReason;
    }
}
