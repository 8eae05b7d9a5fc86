package org.photonledger.acquisition.instrument;

import org.photonledger.domain.units.Quantity;

/** Where the sample sits: a cryostat at 4 K or the open lab at room temperature, in air. */
public interface SampleEnvironment extends Instrument {

    void setTemperature(Quantity temperature);

    Quantity temperature();
}
