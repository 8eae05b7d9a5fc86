package org.photonledger.domain.sample;

/** How a sample was derived from its parents. */
public enum SampleKind {
    EDTA_TREATMENT("EDTA treatment"),
    SIZE_SELECTION("size-selective centrifugation"),
    PMMA_DISPERSION("PMMA dispersion");

    private final String title;

    SampleKind(String title) {
        this.title = title;
    }

    /** How the preparation is named in messages and forms. */
    public String title() {
        return title;
    }
}
