package org.photonledger.domain.measurement;

import java.util.List;

/**
 * The raw data a measurement produced, as stored: content hash, format, size and what is in it.
 *
 * @param sha256        SHA-256 of the stored content (the raw-data store's id)
 * @param format        "pltags-v1" (compressed time tags) or "csv" (a table)
 * @param bytes         stored size
 * @param records       time tags, or table rows
 * @param channelCounts photons per detector channel (time tags only; empty for tables)
 * @param durationPs    acquisition time covered by the data, in ps
 * @param complete      false when the run ended early (aborted, failed, interrupted) and this is what was kept
 */
public record RawDataRecord(String sha256, String format, long bytes, long records, List<ChannelCount> channelCounts,
        long durationPs, boolean complete) {

    public RawDataRecord {
        channelCounts = channelCounts == null ? List.of() : List.copyOf(channelCounts);
    }

    /** Photons counted on one channel. */
    public record ChannelCount(int channel, long count) {
    }
}
