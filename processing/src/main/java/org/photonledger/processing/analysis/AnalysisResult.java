package org.photonledger.processing.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What every analysis returns besides its values: method name with version, goodness of fit and the exact settings used. */
public sealed interface AnalysisResult
        permits PulsedG2Result, CwG2Result, LifetimeResult, SpectrumResult, MalusResult, BlinkingResult,
        CavityModesResult, PurcellResult {

    /** Method name and version, e.g. {@code g2-pulsed@1}; a new version whenever results could change. */
    String method();

    FitQuality quality();

    /** Every setting that influenced the result, including those chosen from the data, by name. */
    Map<String, Object> parameters();

    /** An unmodifiable copy of the settings that keeps their order (Map.copyOf would not). */
    static Map<String, Object> frozen(Map<String, Object> parameters) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
