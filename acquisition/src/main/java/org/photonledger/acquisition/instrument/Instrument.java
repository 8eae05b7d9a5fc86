package org.photonledger.acquisition.instrument;

import org.photonledger.domain.measurement.InstrumentSettings;

/** One instrument behind a port (simulated or real); it can always say exactly how it is set. */
public interface Instrument {

    /** The instrument's role in its set ("cw-laser", "spad-1"), unique within the set. */
    String name();

    /** Every current setting and fixed property, for the measurement's snapshot. */
    InstrumentSettings settings();
}
