package org.photonledger.acquisition.replay;

import org.photonledger.acquisition.instrument.Polariser;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/** The polariser of a replay: not recorded; insertion and angle are kept as requests. */
final class ReplayPolariser extends AbsentInstrument implements Polariser {

    ReplayPolariser() {
        super("polariser", "linear polariser");
    }

    @Override
    public void setInserted(boolean inserted) {
        request("inserted", inserted);
    }

    @Override
    public boolean inserted() {
        return requested("inserted", false);
    }

    @Override
    public void setAngle(Quantity angle) {
        request("angle", angle);
    }

    @Override
    public Quantity angle() {
        return requested("angle", Quantity.of(0, Unit.DEGREE));
    }
}
