package org.photonledger.domain.result;

import java.util.Locale;

/** One fitted or derived number: its name ("purity"), value, standard uncertainty and unit ("" for pure numbers). */
public record ResultValue(String name, double value, double sigma, String unit) {

    public ResultValue {
        unit = unit == null ? "" : unit;
    }

    /** "0.94 ± 0.01" with as many digits as the uncertainty warrants. */
    public String display() {
        int digits = sigma > 0 && Double.isFinite(sigma) ? Math.max(0, 1 - (int) Math.floor(Math.log10(sigma))) : 4;
        digits = Math.min(digits, 12);
        String v = String.format(Locale.ROOT, "%." + digits + "f", value);
        String s = String.format(Locale.ROOT, "%." + digits + "f", sigma);
        return v + " ± " + s + (unit.isEmpty() ? "" : " " + unit);
    }
}
