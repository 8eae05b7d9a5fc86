package org.photonledger.acquisition.instrument;

/**
 * An instrument refused a setting or failed; the message names the instrument, what was asked and what is allowed
 * (e.g. "pulsed-laser: repetition rate 300 MHz is above the maximum of 80 MHz").
 */
public class InstrumentException extends RuntimeException {

    public InstrumentException(String message) {
        super(message);
    }

    public InstrumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
