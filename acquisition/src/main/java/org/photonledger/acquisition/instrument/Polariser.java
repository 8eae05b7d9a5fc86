package org.photonledger.acquisition.instrument;

import org.photonledger.domain.units.Quantity;

/** A rotatable linear polariser in the detection path; out of the path unless inserted. */
public interface Polariser extends Instrument {

    void setInserted(boolean inserted);

    boolean inserted();

    void setAngle(Quantity angle);

    Quantity angle();
}
