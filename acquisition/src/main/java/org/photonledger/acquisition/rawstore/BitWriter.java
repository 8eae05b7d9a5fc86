package org.photonledger.acquisition.rawstore;

import java.util.Arrays;

/** Appends bit fields, most significant bit first, to a growable byte array. */
final class BitWriter {

    private byte[] bytes = new byte[1 << 16];
    private int size;
    private long pending;
    private int pendingBits;

    /** Writes the low {@code bits} bits of {@code value} (0..64 bits). */
    void write(long value, int bits) {
        if (bits > 32) {
            write(value >>> 32, bits - 32);
            write(value & 0xFFFFFFFFL, 32);
            return;
        }
        if (bits == 0) {
            return;
        }
        pending = (pending << bits) | (value & (-1L >>> (64 - bits)));
        pendingBits += bits;
        while (pendingBits >= 8) {
            pendingBits -= 8;
            put((byte) (pending >>> pendingBits));
        }
    }

    /** Writes {@code n} one bits followed by a zero bit. */
    void writeUnary(int n) {
        while (n >= 32) {
            write(0xFFFFFFFFL, 32);
            n -= 32;
        }
        write(((1L << n) - 1) << 1, n + 1);
    }

    /** Writes a value of up to 64 bits as its bit length (7 bits) and that many bits. */
    void writeLong(long value) {
        int length = 64 - Long.numberOfLeadingZeros(value);
        write(length, 7);
        write(value, length);
    }

    /** Pads the last byte with zero bits and returns the bytes. */
    byte[] finish() {
        if (pendingBits > 0) {
            put((byte) (pending << (8 - pendingBits)));
            pendingBits = 0;
        }
        return Arrays.copyOf(bytes, size);
    }

    private void put(byte b) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        bytes[size++] = b;
    }
}
