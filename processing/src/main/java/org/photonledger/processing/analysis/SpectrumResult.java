package org.photonledger.processing.analysis;

import java.util.Map;

/**
 * One spectral peak: centre and FWHM in nm and in meV, amplitude and flat background in counts.
 *
 * @param shape     the fitted line shape
 * @param centreNm  peak wavelength
 * @param fwhmNm    full width at half maximum in wavelength
 * @param centreMeV photon energy at the centre, hc/λ
 * @param fwhmMeV   width in energy, hc·Δλ/λ²
 */
public record SpectrumResult(
        Spectrum.Shape shape,
        Estimate centreNm,
        Estimate fwhmNm,
        Estimate centreMeV,
        Estimate fwhmMeV,
        Estimate amplitude,
        Estimate background,
        FitQuality quality,
        FittedCurve fitted,
        Map<String, Object> parameters,
        String method) implements AnalysisResult {

    public SpectrumResult {
        parameters = AnalysisResult.frozen(parameters);
    }
}
