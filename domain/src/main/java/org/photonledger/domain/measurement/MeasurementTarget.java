package org.photonledger.domain.measurement;

import org.photonledger.domain.cavity.CavityId;
import org.photonledger.domain.film.FilmId;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.units.PlanePosition;

/**
 * What was measured, as the lab's records stood at the start: a position on a film, or a cavity in one of its
 * configurations (then {@code filmId} is the film between its mirrors and {@code position} the chosen dot).
 *
 * @param cavityId             the cavity, or null for a film measurement
 * @param cavityConfiguration  the cavity configuration step active at the start (null for a film)
 * @param filmId               the film measured, or the film inside the cavity
 * @param position             the position on the film (for a cavity: its chosen dot); null if not known
 */
public record MeasurementTarget(CavityId cavityId, StepId cavityConfiguration, FilmId filmId, PlanePosition position) {

    public boolean isCavity() {
        return cavityId != null;
    }

    /** The id of the measured lab object (cavity or film). */
    public String objectId() {
        return isCavity() ? cavityId.value() : filmId.value();
    }

    @Override
    public String toString() {
        return isCavity() ? "cavity " + cavityId + " (configuration " + cavityConfiguration + ")"
                : "film " + filmId + (position == null ? "" : " at " + position);
    }
}
