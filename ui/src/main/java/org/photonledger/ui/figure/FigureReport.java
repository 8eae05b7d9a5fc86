package org.photonledger.ui.figure;

import java.util.List;

/**
 * The outcome of reproducing (or verifying) a figure: per panel, what was recomputed and agreed, and every
 * difference; figure-wide problems (a broken event chain) apart. Matches only when there is no difference at all.
 */
public record FigureReport(String figureId, String name, int version, String check, List<PanelReport> panels,
        List<String> problems, long millis) {

    /** One panel's outcome: what was checked and agreed, and what differed. */
    public record PanelReport(String label, String title, List<String> agreed, List<String> differences) {

        public boolean matches() {
            return differences.isEmpty();
        }
    }

    public boolean matches() {
        return problems.isEmpty() && panels.stream().allMatch(PanelReport::matches);
    }

    /** Every difference, each naming its panel ("4e: …"), and the figure-wide problems. */
    public List<String> mismatches() {
        List<String> out = new java.util.ArrayList<>(problems);
        for (PanelReport p : panels) {
            p.differences().forEach(d -> out.add(p.label() + ": " + d));
        }
        return out;
    }
}
