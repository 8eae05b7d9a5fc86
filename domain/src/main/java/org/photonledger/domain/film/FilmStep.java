package org.photonledger.domain.film;

import org.photonledger.domain.validation.FieldErrors;

/** The values of one recorded film step, as first recorded or as corrected. */
public sealed interface FilmStep permits SpinCoating, DensityMeasurement {

    FilmStepKind kind();

    /** Every problem with the values, named by field. */
    FieldErrors check();
}
