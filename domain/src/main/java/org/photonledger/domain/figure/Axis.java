package org.photonledger.domain.figure;

/**
 * One axis of a panel: what it shows, in which unit ("" for counts and pure numbers), whether it is logarithmic, and
 * the range drawn (null: fitted to the data; the panel's data table always holds every point).
 */
public record Axis(String label, String unit, boolean logarithmic, Double from, Double to) {

    public Axis {
        unit = unit == null ? "" : unit;
    }

    /** An axis drawn over the whole data. */
    public Axis(String label, String unit, boolean logarithmic) {
        this(label, unit, logarithmic, null, null);
    }

    /** "delay τ (ns)". */
    public String title() {
        return unit.isEmpty() ? label : label + " (" + unit + ")";
    }
}
