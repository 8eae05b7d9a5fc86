package org.photonledger.processing.analysis;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cavity modes found in a spectrum: each mode's Lorentzian centre and width, the free spectral range,
 * finesse = FSR / FWHM, and Q = λ/Δλ of the strongest mode.
 *
 * @param modes          every mode found, in order of wavelength
 * @param fsrNm          free spectral range (mean spacing of neighbouring modes, or given)
 * @param finesse        FSR/FWHM, both in frequency, with the mean linewidth of the modes
 * @param qualityFactor  λ/Δλ of the strongest mode
 * @param axialModeIndex q = Q/F = λ/FSR, the number of half-waves between the mirrors
 */
public record CavityModesResult(
        List<Mode> modes,
        Optional<Estimate> fsrNm,
        Optional<Estimate> finesse,
        Estimate qualityFactor,
        Optional<Estimate> axialModeIndex,
        FitQuality quality,
        Map<String, Object> parameters,
        String method) implements AnalysisResult {

    public CavityModesResult {
        modes = List.copyOf(modes);
        parameters = AnalysisResult.frozen(parameters);
    }

    /** One mode: Lorentzian centre, FWHM and Q = λ/Δλ. */
    public record Mode(Estimate centreNm, Estimate fwhmNm, Estimate qualityFactor, double peakCounts) {
    }
}
