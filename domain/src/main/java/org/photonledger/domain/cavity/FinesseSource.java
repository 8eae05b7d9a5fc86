package org.photonledger.domain.cavity;

/** Where the finesse used for Q came from. */
public enum FinesseSource {
    /** Computed from the two mirrors' measured reflectivities. */
    MIRROR_REFLECTIVITIES,
    /** Measured on the cavity (e.g. from the mode linewidth) and entered with the configuration. */
    MEASURED
}
