package org.photonledger.acquisition.instrument;

/**
 * A fixed long-pass or band-pass filter (the paper: 665 ± 75 nm band-pass before the SPADs, 650 ± 100 nm against
 * cross-talk); its transmission is part of the optical path.
 */
public interface OpticalFilter extends Instrument {

    /** Fraction transmitted at this wavelength, in [0, 1]. */
    double transmission(double wavelengthNm);
}
