package org.photonledger.acquisition.rawstore;

import java.nio.file.Path;
import org.photonledger.acquisition.timetag.TimeBase;

/**
 * A tag stream in the raw-data store.
 *
 * @param id       SHA-256 of the canonical encoding
 * @param file     where it is stored
 * @param timeBase the stream's time base
 * @param tags     number of tags
 * @param bytes    size of the stored (compressed) file
 */
public record StoredRawData(RawDataId id, Path file, TimeBase timeBase, long tags, long bytes) {

    /** Stored bytes per tag (file overhead included). */
    public double bytesPerTag() {
        return tags == 0 ? Double.NaN : (double) bytes / tags;
    }
}
