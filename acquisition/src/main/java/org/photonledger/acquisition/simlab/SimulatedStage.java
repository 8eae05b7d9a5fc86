package org.photonledger.acquisition.simlab;

import java.util.List;
import org.photonledger.acquisition.instrument.InstrumentException;
import org.photonledger.acquisition.instrument.PositioningStage;
import org.photonledger.domain.measurement.InstrumentSettings;
import org.photonledger.domain.measurement.Setting;
import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.units.Unit;

/** The simulated x–y stage (paper: Thorlabs NanoMax 300): puts a film coordinate on the optical axis. */
final class SimulatedStage implements PositioningStage {

    private final AllowedRange x;
    private final AllowedRange y;
    private PlanePosition position = PlanePosition.of(0, 0, Unit.MICROMETRE);

    SimulatedStage(SetupModel.Lasers lasers) {
        double travel = lasers.stageTravel().in(Unit.MICROMETRE);
        this.x = new AllowedRange(name(), "x", -travel, travel, Unit.MICROMETRE);
        this.y = new AllowedRange(name(), "y", -travel, travel, Unit.MICROMETRE);
    }

    @Override
    public String name() {
        return "stage";
    }

    @Override
    public synchronized InstrumentSettings settings() {
        return new InstrumentSettings(name(), "x-y positioning stage", "simulated NanoMax 300 type stage",
                List.of(Setting.of("x", position.x().to(Unit.MICROMETRE)),
                        Setting.of("y", position.y().to(Unit.MICROMETRE)),
                        Setting.text("travel", "x and y " + x.describe() + " " + Unit.MICROMETRE.symbol())));
    }

    @Override
    public synchronized void moveTo(PlanePosition position) {
        if (position == null) {
            throw new InstrumentException(name() + ": a position (x and y) is required");
        }
        x.check(position.x());
        y.check(position.y());
        this.position = position;
    }

    @Override
    public synchronized PlanePosition position() {
        return position;
    }

    synchronized void reset(PlanePosition home) {
        position = home;
    }
}
