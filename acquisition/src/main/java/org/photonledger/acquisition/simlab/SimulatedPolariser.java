package org.photonledger.acquisition.simlab;

import java.util.List;
import org.photonledger.acquisition.instrument.Polariser;
import org.photonledger.domain.measurement.InstrumentSettings;
import org.photonledger.domain.measurement.Setting;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/** The simulated rotatable linear polariser in the common detection path (SPADs and spectrometer). */
final class SimulatedPolariser implements Polariser {

    private final SetupModel.Optics optics;
    private final AllowedRange range = new AllowedRange(name(), "angle", -360, 360, Unit.DEGREE);
    private boolean inserted;
    private Quantity angle = Quantity.of(0, Unit.DEGREE);

    SimulatedPolariser(SetupModel.Optics optics) {
        this.optics = optics;
    }

    @Override
    public String name() {
        return "polariser";
    }

    @Override
    public synchronized InstrumentSettings settings() {
        return new InstrumentSettings(name(), "linear polariser", "simulated rotatable film polariser",
                List.of(Setting.of("inserted", inserted), Setting.of("angle", angle),
                        Setting.of("transmissionAligned", optics.polariserTransmission()),
                        Setting.of("extinctionRatio", optics.polariserExtinction(), ""),
                        Setting.text("position", "common detection path (SPADs and spectrometer)")));
    }

    @Override
    public synchronized void setInserted(boolean inserted) {
        this.inserted = inserted;
    }

    @Override
    public synchronized boolean inserted() {
        return inserted;
    }

    @Override
    public synchronized void setAngle(Quantity angle) {
        range.check(angle);
        this.angle = angle;
    }

    @Override
    public synchronized Quantity angle() {
        return angle;
    }

    synchronized void reset() {
        inserted = false;
        angle = Quantity.of(0, Unit.DEGREE);
    }
}
