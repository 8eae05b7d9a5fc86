package org.photonledger.acquisition.simlab;

/**
 * A time-ordered stream of photons that reach a detector and would be registered if it were armed (detection
 * efficiency already applied): its head is in {@link #time} and {@link #detector}; {@link #advance()} moves to the
 * next. The tag source merges several such streams and applies the detectors' dead time, afterpulsing and jitter.
 */
abstract class PhotonStream {

    static final long END = Long.MAX_VALUE;

    /** Arrival time of the head photon in ps on the acquisition clock, {@link #END} when exhausted. */
    long time = END;
    /** Detector (channel) the head photon goes to. */
    int detector;

    abstract void advance();
}
