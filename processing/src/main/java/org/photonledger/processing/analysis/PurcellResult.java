package org.photonledger.processing.analysis;

import java.util.Map;

/**
 * Purcell factor F_P = ξ²·3λ³Q / (4π²V) from a measured Q and a modelled mode volume.
 *
 * @param purcellFactor   F_P with σ propagated from Q and V
 * @param orientationXi2  ξ², 1 for an aligned dipole, 1/3 averaged over orientations
 */
public record PurcellResult(
        Estimate purcellFactor,
        double wavelengthNm,
        Estimate qualityFactor,
        Estimate modeVolumeUm3,
        double orientationXi2,
        FitQuality quality,
        Map<String, Object> parameters,
        String method) implements AnalysisResult {

    public PurcellResult {
        parameters = AnalysisResult.frozen(parameters);
    }
}
