package org.photonledger.acquisition.replay;

import org.photonledger.acquisition.instrument.SampleEnvironment;
import org.photonledger.domain.units.Quantity;

/** The sample environment of a replay: not recorded; a temperature is kept as a request. */
final class ReplayEnvironment extends AbsentInstrument implements SampleEnvironment {

    ReplayEnvironment() {
        super("environment", "sample environment");
    }

    @Override
    public void setTemperature(Quantity temperature) {
        request("temperature", temperature);
    }

    @Override
    public Quantity temperature() {
        Quantity t = requested("temperature", null);
        if (t == null) {
            throw unknown("temperature");
        }
        return t;
    }
}
