package org.photonledger.processing.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Units of the x column of a text table, with the factor to the unit the analyses use (ps, nm or degrees). */
enum XUnit {
    PS("ps", Kind.TIME, 1),
    NS("ns", Kind.TIME, 1e3),
    US("us", Kind.TIME, 1e6),
    MS("ms", Kind.TIME, 1e9),
    S("s", Kind.TIME, 1e12),
    NM("nm", Kind.WAVELENGTH, 1),
    DEG("deg", Kind.ANGLE, 1);

    /** What an x axis measures; a model accepts units of one kind. */
    enum Kind {
        TIME, WAVELENGTH, ANGLE
    }

    private final String symbol;
    private final Kind kind;
    private final double toBase;

    XUnit(String symbol, Kind kind, double toBase) {
        this.symbol = symbol;
        this.kind = kind;
        this.toBase = toBase;
    }

    String symbol() {
        return symbol;
    }

    Kind kind() {
        return kind;
    }

    /** Factor to ps for times, to nm for wavelengths, to degrees for angles. */
    double toBase() {
        return toBase;
    }

    static XUnit parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(u -> u.symbol.equals(t) || t.equals("µs") && u == US).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--x-unit must be one of "
                        + Arrays.stream(values()).map(XUnit::symbol).collect(Collectors.joining(", ")) + "; got '" + text + "'"));
    }

    static String symbolsOf(Kind kind) {
        return Arrays.stream(values()).filter(u -> u.kind == kind).map(XUnit::symbol).collect(Collectors.joining(", "));
    }
}
