package org.photonledger.domain.cavity;

import org.photonledger.domain.validation.FieldErrors;

/**
 * The correctable values of a cavity step: for the assembly, the chosen dot (the mirrors, film and feature are
 * fixed; choosing others means a new cavity); for a configuration, its settings.
 */
public sealed interface CavityStep permits DotSelection, CavityConfiguration {

    CavityStepKind kind();

    /** Every problem with the values, named by field. */
    FieldErrors check();
}
