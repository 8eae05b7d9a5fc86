package org.photonledger.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

/**
 * Whatever histogram comes in, an analysis returns finite numbers or refuses it with a message of its own;
 * a NaN would surface as the {@link Estimate} constructor's "estimate … must be finite" and fail here.
 */
class AnalysisPropertiesTest {

    @Property(tries = 60)
    void pulsedG2IsNanFreeOrRefusesClearly(@ForAll @Size(min = 8, max = 600) double[] raw,
            @ForAll @DoubleRange(min = 1, max = 200) double binPs) {
        checkClean(raw, binPs, h -> PulsedG2.analyse(h, PulsedG2.Settings.defaults()).g2Zero());
    }

    @Property(tries = 30)
    void cwG2IsNanFreeOrRefusesClearly(@ForAll @Size(min = 10, max = 300) double[] raw) {
        checkClean(raw, 50, h -> CwG2.fit(h, CwG2.Settings.defaults()).g0());
    }

    @Property(tries = 30)
    void lifetimeIsNanFreeOrRefusesClearly(@ForAll @Size(min = 10, max = 300) double[] raw) {
        checkClean(raw, 16, h -> Lifetime.fit(h, Lifetime.Settings.mono()).tauPs());
    }

    @Property(tries = 30)
    void spectrumIsNanFreeOrRefusesClearly(@ForAll @Size(min = 8, max = 300) double[] raw) {
        checkClean(raw, 0.1, h -> Spectrum.fit(h, Spectrum.Shape.LORENTZIAN).fwhmNm());
    }

    private static void checkClean(double[] raw, double bin, Function<Histogram, Estimate> analysis) {
        double[] counts = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            counts[i] = Double.isFinite(raw[i]) ? Math.floor(Math.abs(raw[i]) % 1000) : 0;
        }
        Histogram histogram = Histogram.uniform(-bin * raw.length / 2, bin, counts);
        try {
            Estimate e = analysis.apply(histogram);
            assertThat(Double.isFinite(e.value()) && Double.isFinite(e.sigma())).isTrue();
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).isNotBlank().doesNotStartWith("estimate ").doesNotContain("NaN");
        }
    }
}
