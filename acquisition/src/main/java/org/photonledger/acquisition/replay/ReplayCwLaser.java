package org.photonledger.acquisition.replay;

import org.photonledger.acquisition.instrument.ExcitationLaser;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/** The CW laser of a replay: not recorded; power and switching are kept as requests. */
final class ReplayCwLaser extends AbsentInstrument implements ExcitationLaser {

    ReplayCwLaser() {
        super("cw-laser", "CW excitation laser");
    }

    @Override
    public Quantity wavelength() {
        throw unknown("wavelength");
    }

    @Override
    public void setPower(Quantity power) {
        request("power", power);
    }

    @Override
    public Quantity power() {
        return requested("power", Quantity.of(0, Unit.MICROWATT));
    }

    @Override
    public void setEnabled(boolean enabled) {
        request("enabled", enabled);
    }

    @Override
    public boolean enabled() {
        return requested("enabled", false);
    }
}
