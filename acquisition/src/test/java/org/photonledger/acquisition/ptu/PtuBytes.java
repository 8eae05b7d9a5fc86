package org.photonledger.acquisition.ptu;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Builds PTU files byte by byte, independently of {@link PtuWriter}, so the reader is tested against the spec. */
final class PtuBytes {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** Starts a file with the PTU preamble. */
    PtuBytes() {
        bytes(pad("PQTTTR", 8));
        bytes(pad("1.0.00", 8));
    }

    private PtuBytes(byte[] start) {
        bytes(start);
    }

    /** Continues from bytes built before (which already hold the preamble). */
    static PtuBytes startingWith(byte[] start) {
        return new PtuBytes(start);
    }

    /** A usual header: record type, resolutions, record count, Header_End. */
    static PtuBytes header(int recordType, double globalResolutionSeconds, double resolutionSeconds, long records) {
        return new PtuBytes().formatTags(recordType, globalResolutionSeconds, resolutionSeconds, records);
    }

    /** Appends the tags that describe the records, and Header_End. */
    PtuBytes formatTags(int recordType, double globalResolutionSeconds, double resolutionSeconds, long records) {
        return this
                .tag("TTResultFormat_TTTRRecType", -1, 0x10000008, recordType)
                .tag("TTResultFormat_BitsPerRecord", -1, 0x10000008, 32)
                .tag("MeasDesc_GlobalResolution", -1, 0x20000008, Double.doubleToLongBits(globalResolutionSeconds))
                .tag("MeasDesc_Resolution", -1, 0x20000008, Double.doubleToLongBits(resolutionSeconds))
                .tag("TTResult_NumberOfRecords", -1, 0x10000008, records)
                .tag("Header_End", -1, 0xFFFF0008, 0);
    }

    PtuBytes tag(String name, int index, int type, long value) {
        bytes(pad(name, 32));
        ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(index).putInt(type).putLong(value);
        bytes(b.array());
        return this;
    }

    PtuBytes stringTag(String name, String value) {
        byte[] text = pad(value, (value.length() + 8) / 8 * 8);
        tag(name, -1, 0x4001FFFF, text.length);
        return bytes(text);
    }

    PtuBytes records(int... records) {
        ByteBuffer b = ByteBuffer.allocate(records.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int r : records) {
            b.putInt(r);
        }
        return bytes(b.array());
    }

    PtuBytes bytes(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }

    static byte[] pad(String text, int length) {
        byte[] padded = new byte[length];
        byte[] ascii = text.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(ascii, 0, padded, 0, Math.min(ascii.length, length));
        return padded;
    }
}
