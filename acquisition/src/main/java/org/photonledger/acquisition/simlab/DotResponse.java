package org.photonledger.acquisition.simlab;

import java.util.List;

/**
 * How one dot behaves in the current configuration: its decay rates, how hard it is excited, and where its photons
 * go. Rates are per ps; probabilities per decay.
 *
 * @param dot                 the dot
 * @param rhoUm               distance from the optical axis
 * @param decayPerPs          exciton decay rate Γ (Purcell-modified in a cavity)
 * @param biexcitonDecayPerPs biexciton decay rate Γ_B
 * @param excitonRadiative    radiative share of exciton decays in this configuration
 * @param biexcitonRadiative  radiative share of biexciton decays, Q_XX
 * @param excitationPerPs     CW excitation rate r (0 unless CW)
 * @param absorbedPerPulse    mean absorbed photons per pulse μ (0 unless pulsed)
 * @param repetitionRateHz    pulse rate (0 unless pulsed)
 * @param damagePerPs         photodamage rate in units of the dot's mean bleaching dose
 * @param excitonDetected     pX: probability that an exciton decay gives a detected photon (both SPADs)
 * @param biexcitonDetected   pB: the same for a biexciton decay
 * @param toFirstDetector     share of detected photons that go to channel 0
 * @param purcell             summed effective Purcell factor of all cavity modes (0 without a cavity)
 * @param modeShare           share of exciton decays that go into cavity modes
 * @param lines               where the radiative photons go, as spectral lines
 */
record DotResponse(
        QuantumDot dot,
        double rhoUm,
        double decayPerPs,
        double biexcitonDecayPerPs,
        double excitonRadiative,
        double biexcitonRadiative,
        double excitationPerPs,
        double absorbedPerPulse,
        double repetitionRateHz,
        double damagePerPs,
        double excitonDetected,
        double biexcitonDetected,
        double toFirstDetector,
        double purcell,
        double modeShare,
        List<Line> lines) {

    /**
     * One route of radiative photons into the detection path, with its spectrum.
     *
     * @param path           "free space", "leaky modes" or "cavity mode q"
     * @param share          probability that a radiative photon takes this route and reaches the detection path
     *                       (collection, path transmission and polariser included)
     * @param lineNm         the dot's line centre
     * @param lineFwhmNm     the dot's Lorentzian FWHM
     * @param modeNm         the cavity mode's centre (NaN for free-space routes)
     * @param modeFwhmNm     the cavity mode's FWHM (NaN for free-space routes)
     * @param spadSpectral   mean of filters × relative SPAD efficiency over the route's spectrum
     */
    record Line(String path, double share, double lineNm, double lineFwhmNm, double modeNm, double modeFwhmNm,
            double spadSpectral) {

        boolean filtered() {
            return !Double.isNaN(modeNm);
        }

        /** Spectral density (per nm, unit area) of this route's photons. */
        double density(double nm) {
            if (!filtered()) {
                return Spectral.lorentzian(nm, lineNm, lineFwhmNm);
            }
            return Spectral.lorentzian(nm, lineNm, lineFwhmNm) * Spectral.lorentzian(nm, modeNm, modeFwhmNm)
                    / Spectral.productArea(lineNm, lineFwhmNm, modeNm, modeFwhmNm);
        }
    }

    boolean pulsed() {
        return repetitionRateHz > 0;
    }

    /** Photon engine's mean detected rate in the on state, per ps. */
    double detectedPerPs() {
        if (pulsed()) {
            return Exciton.pulsedDetectedPerPulse(absorbedPerPulse, excitonDetected, biexcitonDetected)
                    * repetitionRateHz * 1e-12;
        }
        return excitationPerPs > 0
                ? Exciton.cwDetectedRate(excitationPerPs, decayPerPs, biexcitonDecayPerPs, excitonDetected,
                        biexcitonDetected)
                : 0;
    }

    /** g²(0) of this dot's detected photons alone. */
    double g2Zero() {
        if (pulsed()) {
            return Exciton.pulsedG2Zero(absorbedPerPulse, excitonDetected, biexcitonDetected);
        }
        return excitationPerPs > 0
                ? Exciton.cwG2Zero(excitationPerPs, decayPerPs, biexcitonDecayPerPs, excitonDetected,
                        biexcitonDetected)
                : 0;
    }

    /** Radiative photons emitted per second in the on state: {exciton, biexciton}. */
    double[] radiativePerSecond() {
        if (pulsed()) {
            double[] n = Exciton.absorbed(absorbedPerPulse);
            return new double[] {(1 - n[0]) * excitonRadiative * repetitionRateHz,
                n[2] * biexcitonRadiative * repetitionRateHz};
        }
        if (!(excitationPerPs > 0)) {
            return new double[] {0, 0};
        }
        double[] p = Exciton.cwPopulations(excitationPerPs, decayPerPs, biexcitonDecayPerPs);
        return new double[] {p[1] * decayPerPs * excitonRadiative * 1e12,
            p[2] * biexcitonDecayPerPs * biexcitonRadiative * 1e12};
    }
}
