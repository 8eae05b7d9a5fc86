package org.photonledger.processing.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The analyses {@code ./photonledger analyse} can run, by their command-line names, with the kind of x axis each takes. */
enum Model {
    G2_PULSED("g2-pulsed", XUnit.Kind.TIME),
    G2_CW("g2-cw", XUnit.Kind.TIME),
    LIFETIME("lifetime", XUnit.Kind.TIME),
    SPECTRUM("spectrum", XUnit.Kind.WAVELENGTH),
    MALUS("malus", XUnit.Kind.ANGLE),
    BLINKING("blinking", XUnit.Kind.TIME);

    private final String label;
    private final XUnit.Kind axis;

    Model(String label, XUnit.Kind axis) {
        this.label = label;
        this.axis = axis;
    }

    String label() {
        return label;
    }

    XUnit.Kind axis() {
        return axis;
    }

    /** The x unit of a text table when {@code --x-unit} is not given. */
    XUnit defaultUnit() {
        return switch (this) {
            case SPECTRUM -> XUnit.NM;
            case MALUS -> XUnit.DEG;
            case BLINKING -> XUnit.S;
            default -> XUnit.PS;
        };
    }

    static Model parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.label.equals(t)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("MODEL must be one of " + labels() + "; got '" + text + "'"));
    }

    static String labels() {
        return Arrays.stream(values()).map(Model::label).collect(Collectors.joining(", "));
    }
}
