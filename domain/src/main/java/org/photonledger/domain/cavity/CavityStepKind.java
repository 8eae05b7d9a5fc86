package org.photonledger.domain.cavity;

/** The steps of a cavity's life. */
public enum CavityStepKind {
    ASSEMBLY("assembled"),
    CONFIGURATION("configured");

    private final String title;

    CavityStepKind(String title) {
        this.title = title;
    }

    /** How the step is named in messages and forms. */
    public String title() {
        return title;
    }
}
