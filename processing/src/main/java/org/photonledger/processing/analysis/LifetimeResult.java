package org.photonledger.processing.analysis;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Exponential decay fit, counts = B + Σ Aᵢ·e^{−(t − t₀)/τᵢ} (reconvolved with the IRF when one was given).
 *
 * @param tauPs      mono: the lifetime; bi: the intensity-weighted mean Σ Aᵢτᵢ² / Σ Aᵢτᵢ
 * @param tausPs     each component's lifetime, shortest first
 * @param amplitudes each component's amplitude in counts per bin at the fit start (or per unit IRF area)
 * @param background constant background per bin
 * @param irfShiftPs delay of the decay relative to the IRF, present only with IRF reconvolution
 * @param fitFromPs  first bin centre in the fit
 * @param fitToPs    last bin centre in the fit
 */
public record LifetimeResult(
        Estimate tauPs,
        List<Estimate> tausPs,
        List<Estimate> amplitudes,
        Estimate background,
        Optional<Estimate> irfShiftPs,
        double fitFromPs,
        double fitToPs,
        FitQuality quality,
        FittedCurve fitted,
        Map<String, Object> parameters,
        String method) implements AnalysisResult {

    public LifetimeResult {
        tausPs = List.copyOf(tausPs);
        amplitudes = List.copyOf(amplitudes);
        parameters = AnalysisResult.frozen(parameters);
    }

    public int components() {
        return tausPs.size();
    }
}
