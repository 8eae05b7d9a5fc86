package org.photonledger.acquisition.simlab;

import java.util.SplittableRandom;

/** Uncorrelated photons or dark counts at a constant rate, to one detector or split between two. */
final class PoissonStream extends PhotonStream {

    private final SplittableRandom random;
    private final double meanGapPs;
    private final double toFirst;
    private final int fixedDetector;
    private final long endPs;
    private double t;

    /**
     * @param ratePerPs     events per ps
     * @param fixedDetector the detector of every event, or -1 to split
     * @param toFirst       share sent to detector 0 when splitting
     */
    PoissonStream(SplittableRandom random, double ratePerPs, int fixedDetector, double toFirst, long startPs,
            long endPs) {
        this.random = random;
        this.meanGapPs = ratePerPs > 0 ? 1 / ratePerPs : Double.POSITIVE_INFINITY;
        this.fixedDetector = fixedDetector;
        this.toFirst = toFirst;
        this.endPs = endPs;
        this.t = startPs;
        advance();
    }

    @Override
    void advance() {
        t += random.nextExponential() * meanGapPs;
        if (!(t < endPs)) {
            time = END;
            return;
        }
        time = Math.round(t);
        detector = fixedDetector >= 0 ? fixedDetector : random.nextDouble() < toFirst ? 0 : 1;
    }
}
