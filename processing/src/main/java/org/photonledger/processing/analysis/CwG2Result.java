package org.photonledger.processing.analysis;

import java.util.Map;
import java.util.Optional;

/**
 * Continuous-wave g²(τ) fit, g²(τ) = 1 − (1 − g0)·[(1 + a)·e^{−|τ−τd|/τ0} − a·e^{−|τ−τd|/τ1}], times the
 * long-delay level. Without a bunching term a = 0 and τ1 is absent.
 *
 * @param g0              g²(0) of the emitter (jitter deconvolved when a jitter was given)
 * @param tau0Ps          antibunching time
 * @param a               bunching amplitude (0 ± 0 when the plain dip was fitted)
 * @param tau1Ps          bunching time, present only with the bunching term
 * @param delayPs         τd, the delay at which the dip sits
 * @param longDelayLevel  counts per bin at long delays, the normalisation
 * @param bunchingTerm    whether the fitted model has the bunching term
 * @param jitterFwhmPs    Gaussian timing jitter convolved into the model (0 for none)
 */
public record CwG2Result(
        Estimate g0,
        Estimate tau0Ps,
        Estimate a,
        Optional<Estimate> tau1Ps,
        Estimate delayPs,
        Estimate longDelayLevel,
        boolean bunchingTerm,
        double jitterFwhmPs,
        Estimate purity,
        FitQuality quality,
        FittedCurve fitted,
        Map<String, Object> parameters,
        String method) implements AnalysisResult {

    public CwG2Result {
        parameters = AnalysisResult.frozen(parameters);
    }
}
