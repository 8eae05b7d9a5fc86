package org.photonledger.acquisition.simlab;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.acquisition.timetag.TagMode;
import org.photonledger.acquisition.timetag.TagSource;
import org.photonledger.acquisition.timetag.TimeBase;

/**
 * The time tags of one simulated acquisition, generated block by block as they are read.
 *
 * <p>Photon streams (dots, background, dark counts) are merged in arrival order. Each arrival meets its detector:
 * while the detector is dead (non-paralysable dead time after each avalanche) it is lost; otherwise it avalanches,
 * is time-stamped at arrival + channel delay + Gaussian jitter (SPAD and tagger, cut at 8σ), and with the
 * afterpulsing probability schedules an afterpulse after the detector re-arms. Because the dead time (22 ns) is far
 * longer than the jitter spread (±8σ ≈ 1.2 ns) each detector's time stamps are already in order; the two detectors'
 * stamps are merged, a stamp being released once no later arrival can produce an earlier one. The acquisition starts
 * a warm-up before time zero so that emitters and detectors are in their steady state when it begins; stamps
 * outside [0, duration) are not returned. In T3 mode the stamp becomes a sync index and a dtime after the (delayed)
 * sync, in the time base's dtime unit.
 */
final class SimulatedTagSource implements TagSource {

    private final TimeBase timeBase;
    private final PhotonStream[] streams;
    private final long endPs;
    private final long stopPs;
    private final long deadTimePs;
    private final double jitterSigmaPs;
    private final long jitterBoundPs;
    private final double afterpulsing;
    private final double afterpulseMeanPs;
    private final long[] shiftPs;
    private final long minShiftPs;
    private final SplittableRandom[] detectorRandom;
    private final long[] armedAt;
    private final long[][] afterpulses;
    private final int[] afterpulseCount;
    private final long[][] stamps;
    private final int[] stampHead;
    private final int[] stampCount;
    private final boolean t3;
    private final long dtimeUnitPs;

    private boolean finished;
    private long readyBound = Long.MIN_VALUE;
    private long arrivalsProcessed;
    private long stampsReturned;
    private long reachedPs = Long.MIN_VALUE;

    /**
     * @param shiftPs per detector: channel delay (minus the sync delay in T3), added to every stamp
     */
    SimulatedTagSource(TimeBase timeBase, PhotonStream[] streams, long durationPs, long deadTimePs,
            double jitterSigmaPs, double afterpulsing, double afterpulseMeanPs, long[] shiftPs, long seed) {
        this.timeBase = timeBase;
        this.streams = streams.clone();
        this.endPs = durationPs;
        this.deadTimePs = deadTimePs;
        this.jitterSigmaPs = jitterSigmaPs;
        this.jitterBoundPs = (long) Math.ceil(Draws.GAUSSIAN_CUT * jitterSigmaPs) + 1;
        this.afterpulsing = afterpulsing;
        this.afterpulseMeanPs = afterpulseMeanPs;
        this.shiftPs = shiftPs.clone();
        long min = Long.MAX_VALUE;
        for (long s : shiftPs) {
            min = Math.min(min, s);
        }
        this.minShiftPs = min;
        this.stopPs = durationPs - minShiftPs + jitterBoundPs;
        int detectors = shiftPs.length;
        this.detectorRandom = new SplittableRandom[detectors];
        this.armedAt = new long[detectors];
        this.afterpulses = new long[detectors][4];
        this.afterpulseCount = new int[detectors];
        this.stamps = new long[detectors][64];
        this.stampHead = new int[detectors];
        this.stampCount = new int[detectors];
        for (int d = 0; d < detectors; d++) {
            detectorRandom[d] = new SplittableRandom(Seeds.mix(seed, 0xDE7EC7L, d));
            armedAt[d] = Long.MIN_VALUE;
        }
        this.t3 = timeBase.mode() == TagMode.T3;
        this.dtimeUnitPs = Math.round(timeBase.resolutionPs());
        if (t3 && dtimeUnitPs != timeBase.resolutionPs()) {
            throw new IllegalArgumentException("the T3 dtime unit must be a whole number of ps, got "
                    + timeBase.resolutionPs());
        }
    }

    @Override
    public TimeBase timeBase() {
        return timeBase;
    }

    @Override
    public boolean next(TagBlock block) {
        block.clear();
        int capacity = block.capacity();
        while (block.size() < capacity) {
            if (release(block)) {
                continue;
            }
            if (finished) {
                break;
            }
            step();
        }
        return block.size() > 0;
    }

    /** Processes the next arrival (a photon or an afterpulse), or ends the stream. */
    private void step() {
        long best = PhotonStream.END;
        int bestStream = -1;
        for (int i = 0; i < streams.length; i++) {
            long t = streams[i].time;
            if (t < best) {
                best = t;
                bestStream = i;
            }
        }
        int afterpulseDetector = -1;
        for (int d = 0; d < afterpulseCount.length; d++) {
            if (afterpulseCount[d] > 0 && afterpulses[d][0] < best) {
                best = afterpulses[d][0];
                afterpulseDetector = d;
            }
        }
        if (best > stopPs) {
            finished = true;
            return;
        }
        int detector;
        if (afterpulseDetector >= 0) {
            detector = afterpulseDetector;
            int n = --afterpulseCount[detector];
            System.arraycopy(afterpulses[detector], 1, afterpulses[detector], 0, n);
        } else {
            PhotonStream s = streams[bestStream];
            detector = s.detector;
            s.advance();
        }
        arrivalsProcessed++;
        reachedPs = best;
        register(detector, best);
        readyBound = best + minShiftPs - jitterBoundPs;
    }

    private void register(int d, long arrival) {
        if (arrival < armedAt[d]) {
            return;
        }
        armedAt[d] = arrival + deadTimePs;
        SplittableRandom random = detectorRandom[d];
        long stamp = arrival + shiftPs[d] + Math.round(jitterSigmaPs * Draws.boundedGaussian(random));
        push(d, stamp);
        if (afterpulsing > 0 && random.nextDouble() < afterpulsing) {
            long at = armedAt[d] + Math.round(random.nextExponential() * afterpulseMeanPs);
            insertAfterpulse(d, at);
        }
    }

    private void insertAfterpulse(int d, long at) {
        if (afterpulseCount[d] == afterpulses[d].length) {
            afterpulses[d] = Arrays.copyOf(afterpulses[d], afterpulseCount[d] * 2);
        }
        long[] q = afterpulses[d];
        int i = afterpulseCount[d]++;
        while (i > 0 && q[i - 1] > at) {
            q[i] = q[i - 1];
            i--;
        }
        q[i] = at;
    }

    private void push(int d, long stamp) {
        long[] ring = stamps[d];
        if (stampCount[d] == ring.length) {
            long[] larger = new long[ring.length * 2];
            for (int i = 0; i < stampCount[d]; i++) {
                larger[i] = ring[(stampHead[d] + i) & (ring.length - 1)];
            }
            stamps[d] = ring = larger;
            stampHead[d] = 0;
        }
        ring[(stampHead[d] + stampCount[d]) & (ring.length - 1)] = stamp;
        stampCount[d]++;
    }

    /** Moves the earliest releasable stamp into the block; false when none can be released yet. */
    private boolean release(TagBlock block) {
        int best = -1;
        long bestStamp = Long.MAX_VALUE;
        for (int d = 0; d < stampCount.length; d++) {
            if (stampCount[d] > 0) {
                long s = stamps[d][stampHead[d]];
                if (s < bestStamp) {
                    bestStamp = s;
                    best = d;
                }
            }
        }
        if (best < 0 || !finished && bestStamp > readyBound) {
            return false;
        }
        stampHead[best] = (stampHead[best] + 1) & (stamps[best].length - 1);
        stampCount[best]--;
        if (bestStamp >= 0 && bestStamp < endPs) {
            if (t3) {
                long sync = (long) Math.floor(bestStamp / timeBase.globalResolutionPs());
                while (timeBase.syncTimePs(sync) > bestStamp) {
                    sync--;
                }
                while (timeBase.syncTimePs(sync + 1) <= bestStamp) {
                    sync++;
                }
                // the dtime counts whole units after the sync, so the tag's time is the stamp rounded down to a unit
                int dtime = (int) ((bestStamp - timeBase.syncTimePs(sync)) / dtimeUnitPs);
                block.add(timeBase.t3TimePs(sync, dtime), (short) best, sync, dtime);
            } else {
                block.add(bestStamp, (short) best);
            }
            stampsReturned++;
        }
        return true;
    }

    /** Arrivals (photons, dark counts, afterpulses) that met a detector so far, for tests of laziness. */
    long arrivalsProcessed() {
        return arrivalsProcessed;
    }

    long stampsReturned() {
        return stampsReturned;
    }

    /** Acquisition time up to which arrivals have been processed. */
    long reachedPs() {
        return reachedPs;
    }
}
