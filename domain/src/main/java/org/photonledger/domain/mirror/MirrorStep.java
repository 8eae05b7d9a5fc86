package org.photonledger.domain.mirror;

import org.photonledger.domain.validation.FieldErrors;

/** The values of one recorded mirror fabrication step, as first recorded or as corrected. */
public sealed interface MirrorStep permits SubstratePreparation, FeatureMilling, DbrCoating, ReflectivityMeasurement {

    MirrorStepKind kind();

    /** Every problem with the values, named by field. */
    FieldErrors check();
}
