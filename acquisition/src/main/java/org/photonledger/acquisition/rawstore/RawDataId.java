package org.photonledger.acquisition.rawstore;

import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/** Identifies a stored tag stream by the SHA-256 of its canonical encoding (64 lowercase hex digits). */
public record RawDataId(String sha256) {

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    public RawDataId {
        Objects.requireNonNull(sha256, "sha256");
        if (!HEX64.matcher(sha256).matches()) {
            throw new IllegalArgumentException("raw data id must be 64 lowercase hex digits (a SHA-256), got '"
                    + sha256 + "'");
        }
    }

    public static RawDataId of(byte[] digest) {
        if (digest.length != 32) {
            throw new IllegalArgumentException("a SHA-256 digest has 32 bytes, got " + digest.length);
        }
        return new RawDataId(HexFormat.of().formatHex(digest));
    }

    @Override
    public String toString() {
        return sha256;
    }
}
