package org.photonledger.domain.mirror;

/** The fabrication steps of a mirror. */
public enum MirrorStepKind {
    SUBSTRATE("substrate prepared"),
    FEATURE_MILLING("features milled"),
    DBR_COATING("DBR coated"),
    REFLECTIVITY("reflectivity characterised");

    private final String title;

    MirrorStepKind(String title) {
        this.title = title;
    }

    /** How the step is named in messages and forms. */
    public String title() {
        return title;
    }
}
