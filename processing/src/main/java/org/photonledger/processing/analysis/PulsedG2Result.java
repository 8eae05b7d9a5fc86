package org.photonledger.processing.analysis;

import java.util.Map;
import java.util.Optional;

/**
 * Pulsed g²(0) from peak areas: g²(0) = central area / mean side-peak area, purity = 1 − g²(0).
 *
 * @param g2Zero          g²(0) with its Poisson-propagated σ
 * @param purity          single-photon purity 1 − g²(0)
 * @param periodPs        repetition period (σ from the peak-spacing regression; 0 when given)
 * @param zeroDelayPs     position of the zero-delay peak on the delay axis (the cable-delay offset)
 * @param windowPs        width of the equal integration window around every peak
 * @param sidePeaks       side peaks used for the normalisation
 * @param backgroundPerBin flat background subtracted per bin (0 ± 0 when none)
 * @param centralArea     background-subtracted counts in the zero-delay window
 * @param sideArea        mean background-subtracted counts in a side-peak window (the normalisation)
 * @param nearFarRatio    mean area of the ±1 peaks over that of the far peaks; above 1 means blinking bunching
 * @param bunchingCorrected true when that bunching was significant (> 3σ) and only far peaks normalise
 * @param normalisation   which side peaks normalise, in words
 */
public record PulsedG2Result(
        Estimate g2Zero,
        Estimate purity,
        Estimate periodPs,
        Estimate zeroDelayPs,
        double windowPs,
        int sidePeaks,
        Estimate backgroundPerBin,
        Estimate centralArea,
        Estimate sideArea,
        Optional<Estimate> nearFarRatio,
        boolean bunchingCorrected,
        String normalisation,
        FitQuality quality,
        Map<String, Object> parameters,
        String method) implements AnalysisResult {

    public PulsedG2Result {
        parameters = AnalysisResult.frozen(parameters);
    }
}
