package org.photonledger.domain.units;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A unit of measurement: symbol, dimension and the affine map {@code si = value * factor + offset}
 * to the dimension's base unit (kg, m³, m, s, K, Hz, W, rev/s, kg/m³, m⁻², 1).
 */
public enum Unit {
    KILOGRAM("kg", Dimension.MASS, 1.0),
    GRAM("g", Dimension.MASS, 1e-3),
    MILLIGRAM("mg", Dimension.MASS, 1e-6),
    MICROGRAM("µg", Dimension.MASS, 1e-9, "ug"),

    LITRE("L", Dimension.VOLUME, 1e-3, "l"),
    MILLILITRE("mL", Dimension.VOLUME, 1e-6, "ml"),
    MICROLITRE("µL", Dimension.VOLUME, 1e-9, "uL", "ul"),
    /** For optical mode volumes; 1 µm³ is one femtolitre. */
    CUBIC_MICROMETRE("µm³", Dimension.VOLUME, 1e-18, "um3", "um^3", "µm^3"),

    METRE("m", Dimension.LENGTH, 1.0),
    MILLIMETRE("mm", Dimension.LENGTH, 1e-3),
    MICROMETRE("µm", Dimension.LENGTH, 1e-6, "um"),
    NANOMETRE("nm", Dimension.LENGTH, 1e-9),
    PICOMETRE("pm", Dimension.LENGTH, 1e-12),

    HOUR("h", Dimension.TIME, 3600.0),
    MINUTE("min", Dimension.TIME, 60.0),
    SECOND("s", Dimension.TIME, 1.0),
    MILLISECOND("ms", Dimension.TIME, 1e-3),
    MICROSECOND("µs", Dimension.TIME, 1e-6, "us"),
    NANOSECOND("ns", Dimension.TIME, 1e-9),
    PICOSECOND("ps", Dimension.TIME, 1e-12),

    KELVIN("K", Dimension.TEMPERATURE, 1.0),
    CELSIUS("°C", Dimension.TEMPERATURE, 1.0, 273.15, "C", "degC"),

    HERTZ("Hz", Dimension.FREQUENCY, 1.0),
    KILOHERTZ("kHz", Dimension.FREQUENCY, 1e3),
    MEGAHERTZ("MHz", Dimension.FREQUENCY, 1e6),

    WATT("W", Dimension.POWER, 1.0),
    MILLIWATT("mW", Dimension.POWER, 1e-3),
    MICROWATT("µW", Dimension.POWER, 1e-6, "uW"),
    NANOWATT("nW", Dimension.POWER, 1e-9),

    RPM("rpm", Dimension.ROTATION_RATE, 1.0 / 60.0, "RPM"),

    MILLIGRAM_PER_MILLILITRE("mg/mL", Dimension.MASS_CONCENTRATION, 1.0, "mg/ml"),

    /** Emitters per square micrometre. */
    PER_SQUARE_MICROMETRE("per µm²", Dimension.AREAL_NUMBER_DENSITY, 1e12, "/µm²", "/um2", "per um2"),
    /** Emitters per 10 µm², the paper's unit for film density (about one cavity mode footprint). */
    PER_TEN_SQUARE_MICROMETRES("per 10 µm²", Dimension.AREAL_NUMBER_DENSITY, 1e11, "/10 µm²", "/10um2", "per 10 um2"),

    DEGREE("°", Dimension.ANGLE, Math.PI / 180.0, "deg"),
    RADIAN("rad", Dimension.ANGLE, 1.0),

    ELECTRONVOLT("eV", Dimension.ENERGY, 1.0),
    MILLIELECTRONVOLT("meV", Dimension.ENERGY, 1e-3),

    PERCENT("%", Dimension.DIMENSIONLESS, 0.01),
    ONE("1", Dimension.DIMENSIONLESS, 1.0);

    private final String symbol;
    private final Dimension dimension;
    private final double factor;
    private final double offset;
    private final List<String> aliases;

    Unit(String symbol, Dimension dimension, double factor, String... aliases) {
        this(symbol, dimension, factor, 0.0, aliases);
    }

    Unit(String symbol, Dimension dimension, double factor, double offset, String... aliases) {
        this.symbol = symbol;
        this.dimension = dimension;
        this.factor = factor;
        this.offset = offset;
        this.aliases = List.of(aliases);
    }

    public String symbol() {
        return symbol;
    }

    public Dimension dimension() {
        return dimension;
    }

    double toBase(double value) {
        return value * factor + offset;
    }

    double fromBase(double base) {
        return (base - offset) / factor;
    }

    /** Finds a unit by symbol ("mL"), alias ("ml", "uL") or enum name ("MILLILITRE"). */
    public static Optional<Unit> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (Unit u : values()) {
            if (u.symbol.equals(t) || u.aliases.contains(t) || u.name().equalsIgnoreCase(t)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }

    /** The units of one dimension, for pickers and error messages. */
    public static List<Unit> of(Dimension dimension) {
        return Arrays.stream(values()).filter(u -> u.dimension == dimension).toList();
    }

    /** Symbols of the given dimensions' units, e.g. "g, mg, kg", for messages that say what is allowed. */
    public static String symbolsOf(Dimension... dimensions) {
        return Arrays.stream(values())
                .filter(u -> Arrays.asList(dimensions).contains(u.dimension))
                .map(Unit::symbol)
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }

    @Override
    public String toString() {
        return symbol;
    }
}
