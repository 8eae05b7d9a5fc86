package org.photonledger.acquisition.ptu;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The tagged header of a PTU file: the format version from the preamble and every tag in file order.
 *
 * @param version    the format version from the preamble, e.g. {@code 1.0.00}
 * @param tags       all tags, in file order, ending with {@code Header_End}
 * @param dataOffset the byte offset at which the records start
 */
public record PtuHeader(String version, List<PtuTag> tags, long dataOffset) {

    public static final String MAGIC = "PQTTTR";
    public static final String RECORD_TYPE = "TTResultFormat_TTTRRecType";
    public static final String BITS_PER_RECORD = "TTResultFormat_BitsPerRecord";
    public static final String NUMBER_OF_RECORDS = "TTResult_NumberOfRecords";
    public static final String GLOBAL_RESOLUTION = "MeasDesc_GlobalResolution";
    public static final String RESOLUTION = "MeasDesc_Resolution";
    public static final String MEASUREMENT_MODE = "Measurement_Mode";
    public static final String HEADER_END = "Header_End";

    /** Picoseconds closer than this to a whole number are taken as that whole number (see {@link #picoseconds}). */
    private static final double SNAP_PS = 1e-6;

    public PtuHeader {
        Objects.requireNonNull(version, "version");
        tags = List.copyOf(tags);
    }

    /** The first tag with this name and no index (or index 0), if any. */
    public Optional<PtuTag> find(String name) {
        PtuTag indexed = null;
        for (PtuTag tag : tags) {
            if (tag.name().equals(name)) {
                if (tag.index() < 0) {
                    return Optional.of(tag);
                }
                if (indexed == null) {
                    indexed = tag;
                }
            }
        }
        return Optional.ofNullable(indexed);
    }

    /** The tag with this name and index, if any. */
    public Optional<PtuTag> find(String name, int index) {
        return tags.stream().filter(t -> t.name().equals(name) && t.index() == index).findFirst();
    }

    /**
     * Converts a PTU resolution in seconds to picoseconds. PTU stores seconds as doubles, so 250 ps arrives as
     * 250.00000000000003 ps; values within 1e-6 ps of a whole number are snapped to it, everything else (such as
     * a sync period of 12495.520355952392 ps) is kept as it is.
     */
    public static double picoseconds(double seconds) {
        double ps = seconds * 1e12;
        double whole = Math.rint(ps);
        return Math.abs(ps - whole) < SNAP_PS ? whole : ps;
    }

    /** The seconds to store for {@code ps} so that {@link #picoseconds} gives {@code ps} back exactly. */
    public static double seconds(double ps) {
        double s = ps / 1e12;
        double down = s;
        double up = s;
        for (int i = 0; i < 8; i++) {
            if (picoseconds(down) == ps) {
                return down;
            }
            if (picoseconds(up) == ps) {
                return up;
            }
            down = Math.nextDown(down);
            up = Math.nextUp(up);
        }
        return s;
    }
}
