package org.photonledger.processing.analysis;

import java.util.Map;

/**
 * Malus-law fit I(θ) = Imin + (Imax − Imin)·cos²(θ − θ0) and the degree of linear polarisation.
 *
 * @param theta0Deg polariser angle of maximum transmission, in [0°, 180°)
 * @param dolp      (Imax − Imin) / (Imax + Imin), σ from the fit covariance
 */
public record MalusResult(
        Estimate iMin,
        Estimate iMax,
        Estimate theta0Deg,
        Estimate dolp,
        FitQuality quality,
        FittedCurve fitted,
        Map<String, Object> parameters,
        String method) implements AnalysisResult {

    public MalusResult {
        parameters = AnalysisResult.frozen(parameters);
    }
}
