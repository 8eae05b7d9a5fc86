package org.photonledger.acquisition.simlab;

import java.util.SplittableRandom;

/**
 * Detected photons of one dot under CW excitation, sampled exactly from the three-level ladder (see
 * {@link Exciton}) without visiting every undetected cycle.
 *
 * <p>Every visit to X lasts Exp(Γ + r) and ends in a decay (probability a = Γ/(Γ + r), then a G period Exp(r)
 * follows) or an absorption (then an XX period Exp(Γ_B) follows). Each visit's outcome is independent: detected
 * decay (a·pX), undetected decay (a(1 − pX)), detected XX photon ((1 − a)pB) or neither ((1 − a)(1 − pB)). So the
 * number of undetected decays before the next detected photon is geometric, the number of undetected absorptions
 * given that number negative binomial, and the time to the photon is a sum of three gamma variables (X visits, G
 * periods, XX periods), plus one XX period if the photon is a biexciton's. The dot starts in G at the start of each
 * on period; a photon that would come after the on period ends is not emitted (the dot went dark first) and the
 * cycle restarts at the next on period.
 */
final class CwStream extends PhotonStream {

    private final SplittableRandom random;
    private final Gate gate;
    private final long endPs;
    private final double r;
    private final double gammaB;
    private final double xVisitRate;
    private final double success;
    private final double decaySuccess;
    private final double successAmongDecays;
    private final double absorbFailure;
    private final double toFirst;
    private final double geometricScale;
    private long restart;
    private long onEnd;
    private boolean inGround = true;

    CwStream(SplittableRandom random, DotResponse d, Gate gate, long startPs, long endPs) {
        this.random = random;
        this.gate = gate;
        this.endPs = endPs;
        this.r = d.excitationPerPs();
        this.gammaB = d.biexcitonDecayPerPs();
        double gamma = d.decayPerPs();
        this.xVisitRate = gamma + r;
        double a = gamma / (gamma + r);
        double pX = d.excitonDetected();
        double pB = d.biexcitonDetected();
        this.decaySuccess = a * pX;
        this.success = decaySuccess + (1 - a) * pB;
        double decayFailure = a * (1 - pX);
        this.successAmongDecays = success / (success + decayFailure);
        this.absorbFailure = (1 - a) * (1 - pB);
        this.toFirst = d.toFirstDetector();
        this.geometricScale = Draws.geometricScale(successAmongDecays);
        if (!(r > 0) || !(success > 0)) {
            time = END;
            return;
        }
        this.restart = gate.nextOn(startPs);
        this.onEnd = restart == END ? END : gate.onEnd(restart);
        advance();
    }

    @Override
    void advance() {
        while (true) {
            if (restart >= endPs) {
                time = END;
                return;
            }
            long decays = Draws.geometricFailures(random, successAmongDecays, geometricScale);
            long absorptions = absorbFailure > 0 ? Draws.negativeBinomial(random, decays + 1, absorbFailure) : 0;
            // the G periods: one after each undetected decay, and the current one if the dot is in G
            double t = Draws.gamma(random, decays + absorptions + 1, xVisitRate)
                    + Draws.gamma(random, decays + (inGround ? 1 : 0), r) + Draws.gamma(random, absorptions, gammaB);
            boolean biexciton = random.nextDouble() * success >= decaySuccess;
            if (biexciton) {
                t += random.nextExponential() / gammaB;
            }
            long photon = restart + Math.round(t);
            if (photon >= onEnd) {
                restart = onEnd >= endPs ? END : gate.nextOn(onEnd);
                onEnd = restart == END ? END : gate.onEnd(restart);
                inGround = true;
                continue;
            }
            restart = photon;
            inGround = !biexciton;
            time = photon;
            detector = random.nextDouble() < toFirst ? 0 : 1;
            return;
        }
    }
}
