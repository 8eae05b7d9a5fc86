package org.photonledger.acquisition.replay;

import org.photonledger.acquisition.instrument.InstrumentException;
import org.photonledger.acquisition.instrument.Spectrometer;
import org.photonledger.acquisition.instrument.SpectrumFrame;
import org.photonledger.domain.units.Quantity;

/** The spectrometer of a replay: a PTU file holds time tags only, so it cannot take a frame. */
final class ReplaySpectrometer extends AbsentInstrument implements Spectrometer {

    ReplaySpectrometer() {
        super("spectrometer", "grating spectrometer with CCD");
    }

    @Override
    public void setGrating(int linesPerMm) {
        request("grating", linesPerMm + " lines/mm");
    }

    @Override
    public void setCentreWavelength(Quantity wavelength) {
        request("centreWavelength", wavelength);
    }

    @Override
    public void setExposure(Quantity exposure) {
        request("exposure", exposure);
    }

    @Override
    public SpectrumFrame acquire() {
        throw new InstrumentException(name() + ": not present in replay; a PTU file holds time tags, no spectra");
    }
}
