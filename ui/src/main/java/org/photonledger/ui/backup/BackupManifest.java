package org.photonledger.ui.backup;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.List;

/**
 * What a backup holds ({@code manifest.json} in the zip): when it was taken, the state of the event store in the
 * snapshot (events, head global index, the hash-chain head) and every file with its size and SHA-256, so a restore can
 * prove that it put back exactly what was saved.
 *
 * @param format          {@link #FORMAT}; a restore refuses any other
 * @param createdAt       when the database snapshot was taken (ISO-8601 UTC)
 * @param events          rows in {@code domain_event_entry}
 * @param headGlobalIndex the newest event's global index, -1 when there is none
 * @param chainedEvents   events the chain head says were chained
 * @param chainHeadHash   the chain head's hash (the last event's chain hash)
 * @param rawFiles        raw-data files in the backup
 * @param rawBytes        their total size in bytes
 * @param files           every file of the backup but this manifest
 */
public record BackupManifest(String format, String createdAt, long events, long headGlobalIndex, long chainedEvents,
        String chainHeadHash, int rawFiles, long rawBytes, List<FileEntry> files) {

    /** The only format this version writes and reads. */
    public static final String FORMAT = "photonledger-backup/1";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * One file of the backup.
     *
     * @param path   its place under the data directory, '/'-separated ({@code db/photonledger.mv.db}, {@code raw/…})
     * @param bytes  its size
     * @param sha256 the SHA-256 of its content, lower-case hex
     */
    public record FileEntry(String path, long bytes, String sha256) {
    }

    public byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the backup manifest: " + e.getMessage(), e);
        }
    }

    /** Reads a manifest; a malformed one is refused with what is wrong. */
    public static BackupManifest fromJson(byte[] json) {
        BackupManifest m;
        try {
            m = JSON.readValue(json, BackupManifest.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IllegalArgumentException("the backup's manifest.json is not readable: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("the backup's manifest.json is not readable: " + e.getMessage(), e);
        }
        if (!FORMAT.equals(m.format())) {
            throw new IllegalArgumentException("the backup's format is '" + m.format() + "'; this version reads '"
                    + FORMAT + "' only");
        }
        if (m.files() == null || m.chainHeadHash() == null) {
            throw new IllegalArgumentException("the backup's manifest.json lists no files or no chain head");
        }
        return m;
    }
}
