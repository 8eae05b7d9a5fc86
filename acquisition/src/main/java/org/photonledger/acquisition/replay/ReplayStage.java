package org.photonledger.acquisition.replay;

import org.photonledger.acquisition.instrument.PositioningStage;
import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.units.Unit;

/** The stage of a replay: not recorded; moves are kept as requests. */
final class ReplayStage extends AbsentInstrument implements PositioningStage {

    ReplayStage() {
        super("stage", "x-y positioning stage");
    }

    @Override
    public void moveTo(PlanePosition position) {
        request("position", position);
    }

    @Override
    public PlanePosition position() {
        return requested("position", PlanePosition.of(0, 0, Unit.MICROMETRE));
    }
}
