package org.photonledger.acquisition.instrument;

import org.photonledger.acquisition.timetag.TagSource;
import org.photonledger.domain.units.Quantity;

/**
 * The time tagger: time-stamps detector pulses (and, with the pulsed laser on, the laser's sync). A stream it
 * returns is lazy and time-ordered; its tags are produced as the stream is read, so a caller may stop early.
 */
public interface TimeTagger extends Instrument {

    /** Adds a fixed delay to one channel's times (cable-length compensation). */
    void setChannelDelay(int channel, Quantity delay);

    /** The tags of the next {@code duration} of acquisition with the path as it is now. */
    TagSource acquire(Quantity duration);
}
