package org.photonledger.processing.store;

/** A read model could not be read or written; wraps the database error with what was being done. */
public class ReadModelException extends RuntimeException {

    public ReadModelException(String what, Throwable cause) {
        super(what + ": " + cause.getMessage(), cause);
    }
}
