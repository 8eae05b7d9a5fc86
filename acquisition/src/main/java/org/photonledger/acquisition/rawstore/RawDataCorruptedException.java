package org.photonledger.acquisition.rawstore;

import java.nio.file.Path;

/** A stored raw-data file does not decode, or its content does not hash to its name. */
public final class RawDataCorruptedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public RawDataCorruptedException(Path file, String problem) {
        super("raw data file " + file + " is corrupt: " + problem);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
