package org.photonledger.acquisition.instrument;

import org.photonledger.domain.units.Quantity;

/** A laser that excites the dots (the paper: a 532 nm CW DPSS laser and a 532 nm pulsed diode laser). */
public interface ExcitationLaser extends Instrument {

    Quantity wavelength();

    /** Sets the average optical power at the sample; refused outside the laser's range. */
    void setPower(Quantity power);

    Quantity power();

    void setEnabled(boolean enabled);

    boolean enabled();
}
