package org.photonledger.domain.film;

/** The steps of a film's life. */
public enum FilmStepKind {
    SPIN_COATING("spin-coated"),
    DENSITY_MEASUREMENT("density measured");

    private final String title;

    FilmStepKind(String title) {
        this.title = title;
    }

    /** How the step is named in messages and forms. */
    public String title() {
        return title;
    }
}
