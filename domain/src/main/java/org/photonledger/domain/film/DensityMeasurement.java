package org.photonledger.domain.film;

import org.photonledger.domain.units.Dimension;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.domain.validation.FieldErrors;

/** A measured dot density of the film (e.g. counted on a confocal scan), and how it was measured. */
public record DensityMeasurement(Quantity density, String method) implements FilmStep {

    @Override
    public FilmStepKind kind() {
        return FilmStepKind.DENSITY_MEASUREMENT;
    }

    @Override
    public FieldErrors check() {
        // zero is a legitimate finding: no dots in the scanned area
        return new FieldErrors()
                .quantity("density", density, 0, true, 10_000, Unit.PER_TEN_SQUARE_MICROMETRES,
                        Dimension.AREAL_NUMBER_DENSITY)
                .maxLength("method", method, 200);
    }
}
