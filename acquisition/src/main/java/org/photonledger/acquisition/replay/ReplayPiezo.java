package org.photonledger.acquisition.replay;

import org.photonledger.acquisition.instrument.CavityPiezo;
import org.photonledger.domain.units.Quantity;

/** The cavity piezo of a replay: not recorded; lengths are kept as requests. */
final class ReplayPiezo extends AbsentInstrument implements CavityPiezo {

    ReplayPiezo() {
        super("cavity-piezo", "cavity length piezo");
    }

    @Override
    public void setLength(Quantity length) {
        request("length", length);
    }

    @Override
    public Quantity length() {
        Quantity length = requested("length", null);
        if (length == null) {
            throw unknown("cavity length");
        }
        return length;
    }
}
