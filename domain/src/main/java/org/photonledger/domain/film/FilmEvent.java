package org.photonledger.domain.film;

/** Everything that can happen to a film. */
public sealed interface FilmEvent permits FilmSpinCoated, FilmDensityMeasured, SpinCoatingCorrected,
        DensityMeasurementCorrected, FilmStepVoided {

    FilmId filmId();
}
