package org.photonledger.acquisition.instrument;

import org.photonledger.domain.units.Quantity;

/** A pulsed excitation laser (the paper: PicoQuant PDL 800-D, 5 MHz, 50 ps pulses); it drives the tagger's sync. */
public interface PulsedLaser extends ExcitationLaser {

    void setRepetitionRate(Quantity rate);

    Quantity repetitionRate();

    Quantity pulseWidth();
}
