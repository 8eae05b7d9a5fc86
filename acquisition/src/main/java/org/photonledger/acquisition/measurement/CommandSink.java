package org.photonledger.acquisition.measurement;

/**
 * Where the runner sends the domain commands of a run (start, raw data, end); the application sends them through
 * its command bus as the user who started the run. A refusal is thrown as the domain threw it.
 */
@FunctionalInterface
public interface CommandSink {

    void send(Object command);
}
