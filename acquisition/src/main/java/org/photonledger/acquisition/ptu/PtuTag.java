package org.photonledger.acquisition.ptu;

import java.util.Objects;

/**
 * One tag of a PTU header.
 *
 * @param name  the identifier (at most 31 ASCII characters), e.g. {@code MeasDesc_Resolution}
 * @param index the array index for repeated tags (e.g. per input channel), or -1
 * @param value the typed value
 */
public record PtuTag(String name, int index, PtuValue value) {

    /** Longest identifier that fits the 32-byte field with its terminating zero byte. */
    public static final int MAX_NAME_LENGTH = 31;

    public PtuTag {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("PTU tag name must have 1.." + MAX_NAME_LENGTH
                    + " characters, got '" + name + "'");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= ' ' || c > '~') {
                throw new IllegalArgumentException("PTU tag name must be printable ASCII without spaces, got '"
                        + name + "'");
            }
        }
        if (index < -1) {
            throw new IllegalArgumentException("PTU tag index must be -1 (no index) or >= 0, got " + index);
        }
    }

    public static PtuTag of(String name, PtuValue value) {
        return new PtuTag(name, -1, value);
    }

    /** The name with its index, as PicoQuant's tools print it: {@code HWInpChan_Offset(1)}. */
    public String qualifiedName() {
        return index < 0 ? name : name + "(" + index + ")";
    }
}
