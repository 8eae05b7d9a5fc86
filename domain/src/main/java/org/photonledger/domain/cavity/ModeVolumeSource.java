package org.photonledger.domain.cavity;

/** Where the mode volume used for the Purcell factor came from. */
public enum ModeVolumeSource {
    /** The Gaussian-beam estimate from cavity length, feature radius of curvature and wavelength. */
    GAUSSIAN_BEAM,
    /** A modelled value entered with the configuration (e.g. from a full-field simulation). */
    MODELLED
}
