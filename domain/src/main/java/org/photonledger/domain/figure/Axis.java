package org.photonledger.domain.figure;

/** One axis of a panel: what it shows, in which unit ("" for counts and pure numbers), and whether it is logarithmic. */
public record Axis(String label, String unit, boolean logarithmic) {

    public Axis {
        unit = unit == null ? "" : unit;
    }

    /** "delay τ (ns)". */
    public String title() {
        return unit.isEmpty() ? label : label + " (" + unit + ")";
    }
}
