package org.photonledger.acquisition.simlab;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * One dot's blinking trajectory on the lab clock (ps): its on periods, drawn lazily and in order from the dot's own
 * seed, so the trajectory is a fixed function of lab time whatever is measured and in which order. It starts a
 * minute before lab time zero in the on state with the model's on-fraction as probability, so the first
 * measurement sees a stationary process.
 */
final class Telegraph {

    static final long ORIGIN_PS = -60_000_000_000_000L;

    private final BlinkingModel model;
    private final SplittableRandom random;
    private final boolean always;
    private long[] starts = new long[16];
    private long[] ends = new long[16];
    private int size;
    /** Where the drawn trajectory ends; the state at that time is off (a new on period starts after a dwell). */
    private long drawnUntil;
    private boolean startOn;

    Telegraph(BlinkingModel model, long seed) {
        this.model = model;
        this.random = new SplittableRandom(seed);
        this.always = model instanceof BlinkingModel.None;
        this.drawnUntil = ORIGIN_PS;
        this.startOn = random.nextDouble() < model.onFraction();
    }

    /** The first time at or after {@code t} at which the dot is on. */
    synchronized long nextOn(long t) {
        if (always) {
            return t;
        }
        int i = covering(t);
        return Math.max(t, starts[i]);
    }

    /** The end of the on period that contains, or is the first after, {@code t}. */
    synchronized long onEnd(long t) {
        if (always) {
            return Long.MAX_VALUE;
        }
        return ends[covering(t)];
    }

    /** Time spent on within [from, to). */
    synchronized long onTime(long from, long to) {
        if (always) {
            return Math.max(0, to - from);
        }
        long total = 0;
        int i = covering(from);
        while (starts[i] < to) {
            total += Math.max(0, Math.min(ends[i], to) - Math.max(starts[i], from));
            i++;
            extendPast(i);
        }
        return total;
    }

    /** Index of the first on period that ends after t. */
    private int covering(long t) {
        while (size == 0 || ends[size - 1] <= t) {
            drawNext();
        }
        int i = Arrays.binarySearch(ends, 0, size, t);
        // the first period whose end is > t
        i = i >= 0 ? i + 1 : -i - 1;
        while (i >= size) {
            drawNext();
        }
        return i;
    }

    private void extendPast(int i) {
        while (i >= size) {
            drawNext();
        }
    }

    private void drawNext() {
        long start;
        if (size == 0 && startOn) {
            start = drawnUntil;
        } else {
            start = drawnUntil + Math.max(1, Math.round(model.drawOffPs(random)));
        }
        long end = start + Math.max(1, Math.round(model.drawOnPs(random)));
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        size++;
        drawnUntil = end;
    }
}
