package org.photonledger.ui.figure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * What one panel draws, rebuilt from stored raw data by the recorded analyses: series in the panel's axis units,
 * shaded bands and reference levels, and the annotation lines filled in from the results. Its table (CSV) is the
 * panel's data download and, hashed, what reproducing a panel must give again exactly.
 */
public record PanelData(String label, String title, Kind kind, String xTitle, String yTitle, boolean logY,
        double[] xRange, double[] yRange, List<Series> series, List<Band> bands, List<Double> levels,
        List<String> annotations) {

    /** How the series are laid out: x–y curves, a polar plot (x = angle in degrees), or a colour map (z). */
    public enum Kind { XY, POLAR, MAP }

    /** What a series is: measured data or a fitted model. */
    public enum Role { DATA, FIT }

    /** One named series; {@code z} only for maps. */
    public record Series(String name, Role role, double[] x, double[] y, double[] z) {
    }

    /** A shaded x interval (from == to: a vertical line). */
    public record Band(double from, double to, String label) {
    }

    /** The panel's data as a table: one row per point, series by name, in the panel's axis units. */
    public String csv() {
        StringBuilder out = new StringBuilder();
        out.append("series,role,x,y").append(kind == Kind.MAP ? ",z" : "").append('\n');
        for (Series s : series) {
            for (int i = 0; i < s.x().length; i++) {
                out.append(s.name()).append(',').append(s.role().name().toLowerCase(Locale.ROOT)).append(',')
                        .append(s.x()[i]).append(',').append(s.y()[i]);
                if (kind == Kind.MAP) {
                    out.append(',').append(s.z()[i]);
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** SHA-256 of {@link #csv()} (UTF-8), as a figure version records it per panel. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(csv().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
