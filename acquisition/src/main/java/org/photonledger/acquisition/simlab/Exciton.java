package org.photonledger.acquisition.simlab;

/**
 * Closed-form expectations of the three-level exciton ladder the photon engines sample: ground G, exciton X,
 * biexciton XX. Rates per ps: r excitation (G→X, and X→XX, one absorbed photon each), Γ exciton decay (radiative
 * share Q_X), Γ_B biexciton decay (radiative share Q_XX, Auger otherwise). pX and pB are the probabilities that
 * an X or XX decay gives a detected photon (radiative share × collection × filters × detector). These are the
 * ground truth the statistics tests compare the fits with.
 */
final class Exciton {

    private Exciton() {
    }

    /** Steady-state populations {G, X, XX} under CW excitation: rG = ΓX (G↔X) and rX = Γ_B·XX (X↔XX). */
    static double[] cwPopulations(double r, double gamma, double gammaB) {
        double x = r / gamma;
        double xx = x * r / gammaB;
        double norm = 1 + x + xx;
        return new double[] {1 / norm, x / norm, xx / norm};
    }

    /** Detected photons per ps under CW excitation. */
    static double cwDetectedRate(double r, double gamma, double gammaB, double pX, double pB) {
        double[] p = cwPopulations(r, gamma, gammaB);
        return p[1] * gamma * pX + p[2] * gammaB * pB;
    }

    /**
     * g²(0) under CW excitation: after an XX photon the dot is in X and emits at Γ·pX at once; after an X photon it
     * is in G and cannot; so g²(0) = (rate of XX photons)·Γ·pX / (photon rate)², which tends to Q_XX/Q_X at low
     * power and grows with r.
     */
    static double cwG2Zero(double r, double gamma, double gammaB, double pX, double pB) {
        double[] p = cwPopulations(r, gamma, gammaB);
        double biexciton = p[2] * gammaB * pB;
        double total = p[1] * gamma * pX + biexciton;
        return total > 0 ? biexciton * gamma * pX / (total * total) : 0;
    }

    /** Poisson absorption per pulse: {P(0), P(1), P(≥2)}. */
    static double[] absorbed(double mu) {
        double p0 = Math.exp(-mu);
        double p1 = mu * p0;
        return new double[] {p0, p1, Math.max(0, 1 - p0 - p1)};
    }

    /** Detected photons per pulse when the dot relaxes between pulses. */
    static double pulsedDetectedPerPulse(double mu, double pX, double pB) {
        double[] n = absorbed(mu);
        return n[1] * pX + n[2] * (pX + pB);
    }

    /**
     * Pulsed g²(0) = E[n(n − 1)] / E[n]² of the detected photon number per pulse: only a pulse that made a
     * biexciton can give two photons (XX then X), with probability pB·pX.
     */
    static double pulsedG2Zero(double mu, double pX, double pB) {
        double[] n = absorbed(mu);
        double mean = n[1] * pX + n[2] * (pX + pB);
        return mean > 0 ? 2 * n[2] * pB * pX / (mean * mean) : 0;
    }

    /** Photodamage per pulse in absorbed-photon units: mean absorption plus the extra weight of multi-excitons. */
    static double pulsedDamagePerPulse(double mu, double multiexcitonWeight) {
        return mu + multiexcitonWeight * absorbed(mu)[2];
    }
}
