package org.photonledger.acquisition.ptu;

import org.photonledger.acquisition.timetag.TagMode;

/**
 * The TTTR record formats a PTU file can hold ({@code TTResultFormat_TTTRRecType}), with their bit layouts and
 * overflow periods as given in PicoQuant's "Time-Tagged File Format Demos" (doc/apx_tttrrecords.html, ptudemo.cc).
 *
 * <p>All records are 32 bits, little-endian. Channel numbers are kept as stored:
 * <ul>
 *   <li>PicoHarp T2 ({@link Layout#PICOHARP_T2}): channel 4 bits | time 28 bits; channel 15 is special: the low 4
 *       time bits are marker bits, or 0 for an overflow of 210 698 240 ticks; photon channels 0..4;</li>
 *   <li>PicoHarp T3 ({@link Layout#PICOHARP_T3}): channel 4 | dtime 12 | nsync 16; channel 15 is special: dtime
 *       holds marker bits, or 0 for an overflow of 65 536 syncs; photon (router) channels 1..4;</li>
 *   <li>HydraHarp/TimeHarp 260/MultiHarp T2 ({@link Layout#HARP_T2}): special 1 | channel 6 | time 25; with the
 *       special bit, channel 63 is an overflow (33 552 000 ticks for HydraHarp V1, 2^25 for the others, which also
 *       store the number of overflows in the time field, 0 meaning one), channel 0 a sync, 1..15 marker bits;
 *       photon channels 0..63 (input 1 is channel 0);</li>
 *   <li>HydraHarp/TimeHarp 260/MultiHarp T3 ({@link Layout#HARP_T3}): special 1 | channel 6 | dtime 15 | nsync 10;
 *       with the special bit, channel 63 is an overflow of 1024 syncs (times the count in nsync, except HydraHarp
 *       V1 and a count of 0), 1..15 marker bits; photon channels 0..63.</li>
 * </ul>
 */
public enum PtuRecordType {
    PICOHARP_T2(0x00010203, "PicoHarpT2", TagMode.T2, Layout.PICOHARP_T2, 210_698_240L, false),
    PICOHARP_T3(0x00010303, "PicoHarpT3", TagMode.T3, Layout.PICOHARP_T3, 65_536L, false),
    HYDRAHARP_V1_T2(0x00010204, "HydraHarpT2", TagMode.T2, Layout.HARP_T2, 33_552_000L, false),
    HYDRAHARP_V1_T3(0x00010304, "HydraHarpT3", TagMode.T3, Layout.HARP_T3, 1024L, false),
    HYDRAHARP_V2_T2(0x01010204, "HydraHarp2T2", TagMode.T2, Layout.HARP_T2, 33_554_432L, true),
    HYDRAHARP_V2_T3(0x01010304, "HydraHarp2T3", TagMode.T3, Layout.HARP_T3, 1024L, true),
    TIMEHARP260N_T2(0x00010205, "TimeHarp260NT2", TagMode.T2, Layout.HARP_T2, 33_554_432L, true),
    TIMEHARP260N_T3(0x00010305, "TimeHarp260NT3", TagMode.T3, Layout.HARP_T3, 1024L, true),
    TIMEHARP260P_T2(0x00010206, "TimeHarp260PT2", TagMode.T2, Layout.HARP_T2, 33_554_432L, true),
    TIMEHARP260P_T3(0x00010306, "TimeHarp260PT3", TagMode.T3, Layout.HARP_T3, 1024L, true),
    /** MultiHarp, PicoHarp 330 and PicoQuant's "generic" T2 format. */
    MULTIHARP_T2(0x00010207, "MultiHarpT2", TagMode.T2, Layout.HARP_T2, 33_554_432L, true),
    /** MultiHarp, PicoHarp 330 and PicoQuant's "generic" T3 format. */
    MULTIHARP_T3(0x00010307, "MultiHarpT3", TagMode.T3, Layout.HARP_T3, 1024L, true);

    /** The four bit layouts shared by the record types. */
    public enum Layout {
        PICOHARP_T2, PICOHARP_T3, HARP_T2, HARP_T3
    }

    private final int code;
    private final String label;
    private final TagMode mode;
    private final Layout layout;
    private final long overflowPeriod;
    private final boolean overflowCounts;

    PtuRecordType(int code, String label, TagMode mode, Layout layout, long overflowPeriod, boolean overflowCounts) {
        this.code = code;
        this.label = label;
        this.mode = mode;
        this.layout = layout;
        this.overflowPeriod = overflowPeriod;
        this.overflowCounts = overflowCounts;
    }

    /** The value of {@code TTResultFormat_TTTRRecType}. */
    public int code() {
        return code;
    }

    /** A stable name, as in PicoQuant's demo code ({@code rtHydraHarp2T3} → {@code HydraHarp2T3}). */
    public String label() {
        return label;
    }

    public TagMode mode() {
        return mode;
    }

    public Layout layout() {
        return layout;
    }

    /** Ticks (T2) or syncs (T3) added by one overflow record. */
    public long overflowPeriod() {
        return overflowPeriod;
    }

    /** True when an overflow record carries the number of overflows it stands for. */
    public boolean overflowCounts() {
        return overflowCounts;
    }

    /** Lowest photon channel number the layout stores. */
    public int minChannel() {
        return layout == Layout.PICOHARP_T3 ? 1 : 0;
    }

    /** Highest photon channel number the layout stores. */
    public int maxChannel() {
        return switch (layout) {
            case PICOHARP_T2, PICOHARP_T3 -> 4;
            case HARP_T2, HARP_T3 -> 63;
        };
    }

    /** Largest dtime the layout stores (T3), or 0 (T2). */
    public int maxDtime() {
        return switch (layout) {
            case PICOHARP_T3 -> 0xFFF;
            case HARP_T3 -> 0x7FFF;
            case PICOHARP_T2, HARP_T2 -> 0;
        };
    }

    /** Largest marker bit set the layout stores. */
    public int maxMarkerBits() {
        return layout == Layout.PICOHARP_T3 ? 0xFFF : 0xF;
    }

    /** True when the layout records sync pulses as tags. */
    public boolean hasSyncTags() {
        return layout == Layout.HARP_T2;
    }

    /** The record type with this code, or {@code null}. */
    public static PtuRecordType ofCode(long code) {
        for (PtuRecordType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        return null;
    }

    /** The record type with this label, or {@code null}. */
    public static PtuRecordType ofLabel(String label) {
        for (PtuRecordType type : values()) {
            if (type.label.equalsIgnoreCase(label)) {
                return type;
            }
        }
        return null;
    }
}
