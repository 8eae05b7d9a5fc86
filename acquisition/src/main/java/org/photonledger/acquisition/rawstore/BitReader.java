package org.photonledger.acquisition.rawstore;

/** Reads bit fields, most significant bit first, from a byte array; reading past the end is an error. */
final class BitReader {

    /** Thrown when the bits do not decode; the caller names the file. */
    static final class Malformed extends RuntimeException {
        Malformed(String problem) {
            super(problem, null, false, false);
        }
    }

    private final byte[] bytes;
    private int next;
    /** The low {@code pendingBits} bits of this are the next bits of the stream. */
    private long pending;
    private int pendingBits;

    BitReader(byte[] bytes) {
        this.bytes = bytes;
    }

    private void refill() {
        while (pendingBits <= 56 && next < bytes.length) {
            pending = (pending << 8) | (bytes[next++] & 0xFF);
            pendingBits += 8;
        }
    }

    /** Reads {@code bits} bits (0..64) as an unsigned value. */
    long read(int bits) {
        if (bits > 32) {
            long high = read(bits - 32);
            return (high << 32) | read(32);
        }
        if (bits == 0) {
            return 0;
        }
        if (pendingBits < bits) {
            refill();
            if (pendingBits < bits) {
                throw new Malformed("bit stream ends early");
            }
        }
        pendingBits -= bits;
        return (pending >>> pendingBits) & (-1L >>> (64 - bits));
    }

    /**
     * Reads one bits up to and including a zero bit and returns how many ones there were; after {@code limit}
     * ones it stops without reading a zero.
     */
    int readUnary(int limit) {
        int n = 0;
        while (true) {
            if (pendingBits == 0) {
                refill();
                if (pendingBits == 0) {
                    throw new Malformed("bit stream ends early");
                }
            }
            long aligned = pending << (64 - pendingBits);
            int ones = Math.min(Long.numberOfLeadingZeros(~aligned), pendingBits);
            if (n + ones >= limit) {
                pendingBits -= limit - n;
                return limit;
            }
            if (ones < pendingBits) {
                pendingBits -= ones + 1;
                return n + ones;
            }
            n += ones;
            pendingBits = 0;
        }
    }

    long readLong() {
        int length = (int) read(7);
        if (length > 64) {
            throw new Malformed("a field claims " + length + " bits");
        }
        return read(length);
    }

    /** True when only the zero padding of the last byte is left. */
    boolean atEnd() {
        return next == bytes.length && pendingBits < 8 && (pending & ((1L << pendingBits) - 1)) == 0;
    }
}
