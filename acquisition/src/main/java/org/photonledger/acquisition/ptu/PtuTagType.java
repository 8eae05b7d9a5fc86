package org.photonledger.acquisition.ptu;

/** The type codes of PTU header tags, as defined in PicoQuant's tag-type appendix. */
public enum PtuTagType {
    EMPTY8(0xFFFF0008, false),
    BOOL8(0x00000008, false),
    INT8(0x10000008, false),
    BIT_SET64(0x11000008, false),
    COLOR8(0x12000008, false),
    FLOAT8(0x20000008, false),
    DATE_TIME(0x21000008, false),
    FLOAT8_ARRAY(0x2001FFFF, true),
    ANSI_STRING(0x4001FFFF, true),
    WIDE_STRING(0x4002FFFF, true),
    BINARY_BLOB(0xFFFFFFFF, true);

    private final int code;
    private final boolean extended;

    PtuTagType(int code, boolean extended) {
        this.code = code;
        this.extended = extended;
    }

    /** The 32-bit type code stored in the tag. */
    public int code() {
        return code;
    }

    /** True when the tag's 8-byte value is the length of a payload that follows the tag. */
    public boolean extended() {
        return extended;
    }

    /** The type with this code, or {@code null} if there is none. */
    public static PtuTagType ofCode(int code) {
        for (PtuTagType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        return null;
    }
}
