package org.photonledger.ui.demo;

import java.time.Instant;

/**
 * How far the demo lab has got, for the banner on the first screen: not started, running (step n of m, what it is
 * doing now), done, or failed with the message.
 */
public record DemoProgress(State state, int done, int total, String doing, Instant startedAt, Instant endedAt) {

    /** Where the demo lab's build stands. */
    public enum State { IDLE, RUNNING, DONE, FAILED }

    static DemoProgress idle() {
        return new DemoProgress(State.IDLE, 0, 0, "", null, null);
    }

    public boolean running() {
        return state == State.RUNNING;
    }
}
