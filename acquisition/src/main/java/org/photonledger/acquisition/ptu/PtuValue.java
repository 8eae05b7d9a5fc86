package org.photonledger.acquisition.ptu;

import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/** The value of one PTU header tag; one record per tag type of the PTU specification. */
public sealed interface PtuValue {

    PtuTagType type();

    /** Carries no data; groups tags (e.g. {@code Header_End}). */
    record Empty() implements PtuValue {
        @Override
        public PtuTagType type() {
            return PtuTagType.EMPTY8;
        }
    }

    record Bool8(boolean value) implements PtuValue {
        @Override
        public PtuTagType type() {
            return PtuTagType.BOOL8;
        }
    }

    record Int8(long value) implements PtuValue {
        @Override
        public PtuTagType type() {
            return PtuTagType.INT8;
        }
    }

    record BitSet64(long bits) implements PtuValue {
        @Override
        public PtuTagType type() {
            return PtuTagType.BIT_SET64;
        }
    }

    /** An RGB-24 colour (R in the lowest byte) or a Windows colour code (byte 4 = 0xFF). */
    record Color8(long value) implements PtuValue {
        @Override
        public PtuTagType type() {
            return PtuTagType.COLOR8;
        }
    }

    record Float8(double value) implements PtuValue {
        @Override
        public PtuTagType type() {
            return PtuTagType.FLOAT8;
        }
    }

    /** A Delphi TDateTime: days since 1899-12-30 00:00, the fraction being the time of day. */
    record DateTime(double days) implements PtuValue {

        private static final double UNIX_EPOCH_DAYS = 25569;
        private static final double MILLIS_PER_DAY = 86_400_000d;

        @Override
        public PtuTagType type() {
            return PtuTagType.DATE_TIME;
        }

        public Instant instant() {
            return Instant.ofEpochMilli(Math.round((days - UNIX_EPOCH_DAYS) * MILLIS_PER_DAY));
        }
    }

    record Float8Array(double[] values) implements PtuValue {
        public Float8Array {
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        @Override
        public PtuTagType type() {
            return PtuTagType.FLOAT8_ARRAY;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Float8Array other && Arrays.equals(values, other.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return "Float8Array" + Arrays.toString(values);
        }
    }

    /** A single-byte string; read and written as ISO-8859-1 so that every byte survives a round trip. */
    record AnsiString(String value) implements PtuValue {
        public AnsiString {
            Objects.requireNonNull(value, "value");
            for (int i = 0; i < value.length(); i++) {
                if (value.charAt(i) > 0xFF || value.charAt(i) == 0) {
                    throw new IllegalArgumentException("an AnsiString holds single-byte ISO-8859-1 text without "
                            + "zero bytes; character " + i + " of '" + value + "' is not (use a WideString)");
                }
            }
        }

        @Override
        public PtuTagType type() {
            return PtuTagType.ANSI_STRING;
        }
    }

    /** A UTF-16LE string. */
    record WideString(String value) implements PtuValue {
        public WideString {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public PtuTagType type() {
            return PtuTagType.WIDE_STRING;
        }
    }

    record BinaryBlob(byte[] bytes) implements PtuValue {
        public BinaryBlob {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public PtuTagType type() {
            return PtuTagType.BINARY_BLOB;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof BinaryBlob other && Arrays.equals(bytes, other.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "BinaryBlob[" + HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, 16))
                    + (bytes.length > 16 ? "…" : "") + "]";
        }
    }
}
