package org.photonledger.acquisition.measurement;

/** A second run was asked for on an instrument set that is already measuring. */
public class InstrumentSetBusyException extends RuntimeException {

    public InstrumentSetBusyException(String message) {
        super(message);
    }
}
