package org.photonledger.acquisition.simlab;

import org.photonledger.acquisition.instrument.OpticalFilter;
import org.photonledger.domain.measurement.InstrumentSettings;

/** One fixed band-pass filter of the SPAD path (paper: 665 ± 75 nm and 650 ± 100 nm). */
final class SimulatedFilter implements OpticalFilter {

    private final BandPass band;

    SimulatedFilter(BandPass band) {
        this.band = band;
    }

    @Override
    public String name() {
        return band.name();
    }

    @Override
    public InstrumentSettings settings() {
        return new InstrumentSettings(name(), "band-pass filter", "simulated interference band-pass "
                + band.centre() + " ± " + band.halfWidth(), band.settings());
    }

    @Override
    public double transmission(double wavelengthNm) {
        return band.transmission(wavelengthNm);
    }
}
