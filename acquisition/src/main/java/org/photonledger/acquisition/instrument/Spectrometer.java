package org.photonledger.acquisition.instrument;

import org.photonledger.domain.units.Quantity;

/** A grating spectrometer with a CCD (grating, centre wavelength and exposure are settable). */
public interface Spectrometer extends Instrument {

    /** Chooses a grating by its groove density (lines per mm); refused if the turret has no such grating. */
    void setGrating(int linesPerMm);

    void setCentreWavelength(Quantity wavelength);

    void setExposure(Quantity exposure);

    /** Takes one exposure of whatever the optical path currently delivers. */
    SpectrumFrame acquire();
}
