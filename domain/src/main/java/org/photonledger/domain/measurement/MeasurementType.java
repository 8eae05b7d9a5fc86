package org.photonledger.domain.measurement;

import java.util.Arrays;
import java.util.Optional;

/** The measurements behind Figs. 2–4 of the reference paper, and the kind of raw data each produces. */
public enum MeasurementType {
    PL_SPECTRUM("PL spectrum", "pl-spectrum", RawDataKind.TABLE),
    TRPL("Time-resolved PL (lifetime)", "trpl", RawDataKind.TIME_TAGS),
    POLARISATION_SERIES("Polarisation series", "polarisation", RawDataKind.TABLE),
    BLINKING_TRACE("Blinking trace", "blinking", RawDataKind.TIME_TAGS),
    CONFOCAL_SCAN("Confocal scan", "confocal-scan", RawDataKind.TABLE),
    HBT_CW("HBT, CW excitation", "hbt-cw", RawDataKind.TIME_TAGS),
    HBT_PULSED("HBT, pulsed excitation", "hbt-pulsed", RawDataKind.TIME_TAGS),
    CAVITY_LENGTH_SWEEP("Cavity-length sweep", "cavity-sweep", RawDataKind.TABLE);

    /** Time tags (stored compressed in the raw-data store, exportable as PTU) or a table (stored as CSV). */
    public enum RawDataKind { TIME_TAGS, TABLE }

    private final String title;
    private final String slug;
    private final RawDataKind rawDataKind;

    MeasurementType(String title, String slug, RawDataKind rawDataKind) {
        this.title = title;
        this.slug = slug;
        this.rawDataKind = rawDataKind;
    }

    public String title() {
        return title;
    }

    /** The name used in URLs, REST and the command line ("hbt-pulsed"). */
    public String slug() {
        return slug;
    }

    public RawDataKind rawDataKind() {
        return rawDataKind;
    }

    /** The type with this slug or enum name, ignoring case. */
    public static Optional<MeasurementType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values()).filter(v -> v.slug.equalsIgnoreCase(t) || v.name().equalsIgnoreCase(t))
                .findFirst();
    }
}
