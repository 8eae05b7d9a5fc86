package org.photonledger.acquisition.instrument;

import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.units.Quantity;

/**
 * What is mounted under the objective, as the lab's records describe it. A simulated lab builds its dots from this
 * (seeded, so the same film always has the same dots); a real lab ignores it.
 */
public sealed interface Specimen {

    /** The seed the simulated lab derives this specimen's dots from. */
    long seed();

    /**
     * A spin-coated film of dots on glass or on a planar mirror.
     *
     * @param filmId     the film's id
     * @param dotDensity dots per area (the spin-coat target or a measured density); may be null (then 1 per 10 µm²)
     * @param onMirror   whether the substrate is a DBR mirror rather than glass
     * @param seed       derived from the film id
     */
    record Film(String filmId, Quantity dotDensity, boolean onMirror, long seed) implements Specimen {
    }

    /**
     * An assembled open-access cavity closed over one chosen dot of a film.
     *
     * @param cavityId              the cavity's id
     * @param film                  the film between the mirrors
     * @param dotPosition           where the chosen dot is on the film (a dot is guaranteed there)
     * @param longitudinalModeIndex q of the configured mode
     * @param configuredLength      mirror separation of the configuration
     * @param resonanceWavelength   resonance at the configured length
     * @param finesse               finesse used for the mode linewidth
     * @param purcellFactor         Purcell factor of the configured mode for the chosen dot
     * @param seed                  derived from the cavity id
     */
    record Cavity(String cavityId, Film film, PlanePosition dotPosition, int longitudinalModeIndex,
            Quantity configuredLength, Quantity resonanceWavelength, double finesse, double purcellFactor,
            long seed) implements Specimen {
    }
}
