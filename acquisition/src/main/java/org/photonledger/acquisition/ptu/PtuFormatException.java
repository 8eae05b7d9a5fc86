package org.photonledger.acquisition.ptu;

/** A file is not a readable PTU file; the message says what is wrong and at which byte. */
public final class PtuFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long byteOffset;

    public PtuFormatException(String message, long byteOffset) {
        super(message);
        this.byteOffset = byteOffset;
    }

    /** Offset from the start of the file of the byte where the problem was found. */
    public long byteOffset() {
        return byteOffset;
    }
}
