package org.photonledger.acquisition.simlab;

import java.util.List;
import org.photonledger.acquisition.instrument.Objective;
import org.photonledger.domain.measurement.InstrumentSettings;
import org.photonledger.domain.measurement.Setting;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/** The simulated 100×, NA 0.85 objective (paper: Olympus LCPLFLN100XLCD) and the collection optics behind it. */
final class SimulatedObjective implements Objective {

    private final SetupModel setup;

    SimulatedObjective(SetupModel setup) {
        this.setup = setup;
    }

    @Override
    public String name() {
        return "objective";
    }

    @Override
    public InstrumentSettings settings() {
        SetupModel.Optics o = setup.optics();
        double na = o.numericalAperture().in(Unit.ONE);
        double excitation = 0.51 * setup.lasers().wavelength().in(Unit.NANOMETRE) / na;
        return new InstrumentSettings(name(), "microscope objective",
                "simulated Olympus LCPLFLN100XLCD (100×, NA 0.85, coverslip-corrected)",
                List.of(Setting.of("numericalAperture", na, ""), Setting.of("magnification", o.magnification(), "×"),
                        Setting.of("excitationSpotFwhm", Quantity.of(excitation, Unit.NANOMETRE)),
                        Setting.text("collectionSpotFwhm", "0.51·λ/NA at the emission wavelength (confocal pinhole)"),
                        Setting.of("collectionOnGlass", o.collectionOnGlass()),
                        Setting.of("collectionOnMirror", o.collectionOnMirror()),
                        Setting.of("pathTransmission", o.pathTransmission()),
                        Setting.of("beamsplitterToFirstDetector", o.beamsplitterToFirst()),
                        Setting.of("spectrometerThroughput", o.spectrometerThroughput())));
    }

    @Override
    public double numericalAperture() {
        return setup.optics().numericalAperture().in(Unit.ONE);
    }
}
