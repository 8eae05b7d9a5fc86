package org.photonledger.acquisition.simlab;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.photonledger.acquisition.timetag.TimeBase;

/**
 * Detected photons of one dot under pulsed excitation. Each pulse (at the sync times of the tagger's T3 time base,
 * Gaussian in time with the laser's pulse width) is absorbed a Poisson number of times with mean μ. One absorption
 * makes an exciton (photon after Exp(Γ), detected with pX); two or more make a biexciton (higher multi-excitons relax
 * to it within picoseconds), whose photon (detected with pB) comes after Exp(Γ_B), followed by the exciton's.
 *
 * <p>When the dot has surely relaxed before the next pulse (P(exciton survives a period) = exp(−T/τ) below 10⁻⁶,
 * e.g. 5 MHz at 12 ns), pulses are independent and the stream jumps straight to the next pulse that gives a
 * detected photon (a geometric number of pulses), then draws that pulse's outcome given detection: fast and exact
 * up to that 10⁻⁶. Otherwise (80 MHz at room temperature) it follows the dot from absorption to absorption, so a
 * pulse that arrives while the exciton still lives turns it into a biexciton.
 */
final class PulsedStream extends PhotonStream {

    static final double INDEPENDENT_PULSES = 1e-6;

    private final SplittableRandom random;
    private final Gate gate;
    private final TimeBase pulses;
    private final long endPs;
    private final double pulseSigmaPs;
    private final double gamma;
    private final double gammaB;
    private final double pX;
    private final double pB;
    private final double toFirst;
    private final boolean independent;
    private final double absorbing;
    private final double multiGivenAbsorbing;
    private final double detecting;
    private final double singleShare;
    private final double both;
    private final double biexcitonOnly;
    private final double detectingScale;
    private final double absorbingScale;

    private long nextPulse;
    private long onEnd;
    private boolean exhausted;
    private boolean inExciton;
    private double excitonDecay;

    private long[] queueTimes = new long[8];
    private int[] queueDetectors = new int[8];
    private int queued;

    PulsedStream(SplittableRandom random, DotResponse d, Gate gate, TimeBase pulses, double pulseFwhmPs, long startPs,
            long endPs) {
        this(random, d, gate, pulses, pulseFwhmPs, startPs, endPs, true);
    }

    /** With {@code skipPulses} false the exact pulse-by-pulse engine runs even where pulses are independent. */
    PulsedStream(SplittableRandom random, DotResponse d, Gate gate, TimeBase pulses, double pulseFwhmPs, long startPs,
            long endPs, boolean skipPulses) {
        this.random = random;
        this.gate = gate;
        this.pulses = pulses;
        this.endPs = endPs;
        this.pulseSigmaPs = pulseFwhmPs / Spectral.FWHM_PER_SIGMA;
        this.gamma = d.decayPerPs();
        this.gammaB = d.biexcitonDecayPerPs();
        this.pX = d.excitonDetected();
        this.pB = d.biexcitonDetected();
        this.toFirst = d.toFirstDetector();
        double[] n = Exciton.absorbed(d.absorbedPerPulse());
        this.absorbing = 1 - n[0];
        this.multiGivenAbsorbing = absorbing > 0 ? n[2] / absorbing : 0;
        this.detecting = n[1] * pX + n[2] * (1 - (1 - pB) * (1 - pX));
        this.singleShare = n[1] * pX;
        this.both = n[2] * pB * pX;
        this.biexcitonOnly = n[2] * pB * (1 - pX);
        this.detectingScale = Draws.geometricScale(detecting);
        this.absorbingScale = Draws.geometricScale(absorbing);
        double period = pulses.globalResolutionPs();
        this.independent = skipPulses && Math.exp(-period * Math.min(gamma, gammaB)) < INDEPENDENT_PULSES;
        if (!(absorbing > 0) || !(detecting > 0)) {
            exhausted = true;
            return;
        }
        long on = gate.nextOn(startPs);
        if (on == END) {
            exhausted = true;
        } else {
            onEnd = gate.onEnd(on);
            nextPulse = firstPulseAtOrAfter(on);
        }
        advance();
    }

    @Override
    void advance() {
        while (true) {
            if (queued > 0 && (exhausted || queueTimes[0] <= safeBound())) {
                time = queueTimes[0];
                detector = queueDetectors[0];
                queued--;
                System.arraycopy(queueTimes, 1, queueTimes, 0, queued);
                System.arraycopy(queueDetectors, 1, queueDetectors, 0, queued);
                return;
            }
            if (exhausted) {
                time = END;
                return;
            }
            if (independent) {
                nextIndependent();
            } else {
                nextSequential();
            }
        }
    }

    /** No photon generated later can be earlier than this. */
    private long safeBound() {
        long pulse = pulses.syncTimePs(nextPulse) - (long) Math.ceil(Draws.GAUSSIAN_CUT * pulseSigmaPs);
        return inExciton ? Math.min(pulse, (long) Math.floor(excitonDecay)) : pulse;
    }

    private void nextIndependent() {
        long k = nextPulse + Draws.geometricFailures(random, detecting, detectingScale);
        long tp = pulses.syncTimePs(k);
        if (tp >= endPs) {
            exhausted = true;
            return;
        }
        if (tp >= onEnd) {
            darkUntilNextOn();
            return;
        }
        nextPulse = k + 1;
        double created = tp + pulseSigmaPs * Draws.boundedGaussian(random);
        double u = random.nextDouble() * detecting;
        if (u < singleShare) {
            emit(created + random.nextExponential() / gamma);
            return;
        }
        u -= singleShare;
        boolean biexcitonDetected = u < both + biexcitonOnly;
        boolean excitonDetected = u < both || u >= both + biexcitonOnly;
        double biexciton = created + random.nextExponential() / gammaB;
        double exciton = biexciton + random.nextExponential() / gamma;
        if (biexcitonDetected) {
            emit(biexciton);
        }
        if (excitonDetected) {
            emit(exciton);
        }
    }

    private void nextSequential() {
        if (!inExciton) {
            long k = nextPulse + Draws.geometricFailures(random, absorbing, absorbingScale);
            long tp = pulses.syncTimePs(k);
            if (tp >= endPs) {
                exhausted = true;
                return;
            }
            if (tp >= onEnd) {
                darkUntilNextOn();
                return;
            }
            nextPulse = k + 1;
            double created = tp + pulseSigmaPs * Draws.boundedGaussian(random);
            double start = created;
            if (random.nextDouble() < multiGivenAbsorbing) {
                start = created + random.nextExponential() / gammaB;
                if (random.nextDouble() < pB) {
                    emit(start);
                }
            }
            excitonDecay = start + random.nextExponential() / gamma;
            inExciton = true;
            return;
        }
        long tp = pulses.syncTimePs(nextPulse);
        if (excitonDecay <= tp) {
            inExciton = false;
            if (excitonDecay >= onEnd) {
                darkUntilNextOn();
                return;
            }
            if (random.nextDouble() < pX) {
                emit(excitonDecay);
            }
            return;
        }
        if (tp >= endPs) {
            exhausted = true;
            return;
        }
        if (tp >= onEnd) {
            inExciton = false;
            darkUntilNextOn();
            return;
        }
        nextPulse++;
        if (random.nextDouble() < absorbing) {
            // the pulse finds the exciton alive: it becomes a biexciton, which decays back to a fresh exciton
            double biexciton = tp + pulseSigmaPs * Draws.boundedGaussian(random) + random.nextExponential() / gammaB;
            if (random.nextDouble() < pB) {
                emit(biexciton);
            }
            excitonDecay = biexciton + random.nextExponential() / gamma;
        }
    }

    private void darkUntilNextOn() {
        long on = gate.nextOn(onEnd);
        if (on == END || on >= endPs) {
            exhausted = true;
            return;
        }
        onEnd = gate.onEnd(on);
        nextPulse = firstPulseAtOrAfter(on);
    }

    /** Queues a detected photon (photons the dot emits after going dark are not emitted), keeping time order. */
    private void emit(double t) {
        long at = Math.round(t);
        if (at >= onEnd || at >= endPs) {
            return;
        }
        int d = random.nextDouble() < toFirst ? 0 : 1;
        if (queued == queueTimes.length) {
            queueTimes = Arrays.copyOf(queueTimes, queued * 2);
            queueDetectors = Arrays.copyOf(queueDetectors, queued * 2);
        }
        int i = queued;
        while (i > 0 && queueTimes[i - 1] > at) {
            queueTimes[i] = queueTimes[i - 1];
            queueDetectors[i] = queueDetectors[i - 1];
            i--;
        }
        queueTimes[i] = at;
        queueDetectors[i] = d;
        queued++;
    }

    private long firstPulseAtOrAfter(long t) {
        long k = (long) Math.floor(t / pulses.globalResolutionPs());
        while (pulses.syncTimePs(k) < t) {
            k++;
        }
        while (pulses.syncTimePs(k - 1) >= t) {
            k--;
        }
        return k;
    }
}
