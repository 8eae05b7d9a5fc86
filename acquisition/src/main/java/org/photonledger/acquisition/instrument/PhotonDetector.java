package org.photonledger.acquisition.instrument;

/** A single-photon avalanche diode wired to one time-tagger channel (efficiency, dark counts, dead time, jitter). */
public interface PhotonDetector extends Instrument {

    /** The time-tagger channel its pulses arrive on. */
    int channel();
}
