package org.photonledger.processing.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.photonledger.domain.measurement.MeasurementType;
import org.photonledger.domain.measurement.Setting;
import org.photonledger.domain.result.ResultValue;
import org.photonledger.domain.validation.InvalidInputException;

/** Re-analysis choices: parsed with units, refused by name, recorded with the result and read back to reproduce it. */
class AnalysisOptionsTest {

    @Test
    void every_bad_option_is_named_at_once() {
        assertThatThrownBy(() -> AnalysisOptions.parse("g2-pulsed", Map.of("window", "-3 ns", "background", "sloped",
                "period", "12.5", "colour", "red")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field())
                        .containsExactlyInAnyOrder("options.window", "options.background", "options.period",
                                "options.colour"));
        assertThatThrownBy(() -> AnalysisOptions.parse("malus", Map.of("shape", "gaussian")))
                .hasMessageContaining("takes none");
        assertThatThrownBy(() -> AnalysisOptions.of("g3")).hasMessageContaining("no analysis model 'g3'");
    }

    @Test
    void choices_are_recorded_as_given_settings_and_read_back() {
        // given
        AnalysisOptions o = AnalysisOptions.parse("g2-pulsed", Map.of("window", "20 ns", "background", "FLAT",
                "period", " "));
        // when
        List<Setting> recorded = o.settings();
        // then
        assertThat(recorded).extracting(Setting::name).containsExactlyInAnyOrder("given.window", "given.background");
        AnalysisOptions back = AnalysisOptions.recorded("g2-pulsed", recorded);
        assertThat(back.values()).isEqualTo(o.values());
        assertThat(back.picoseconds("window")).contains(20_000.0);
        assertThat(back.choice("background")).contains("flat");
        assertThat(back.picoseconds("period")).isEmpty();
    }

    @Test
    void a_gaussian_reanalysis_of_a_spectrum_records_its_choice_and_draws_the_fit_over_the_data() {
        // given: a Gaussian line at 677 nm, 1.1 nm FWHM, on a flat background, with Poisson noise
        Random random = new Random(7);
        StringBuilder csv = new StringBuilder("wavelength_nm,counts\n");
        for (int i = 0; i < 200; i++) {
            double nm = 670 + i * 0.07;
            double u = (nm - 677) / 1.1;
            double mean = 20 + 5000 * Math.exp(-4 * Math.log(2) * u * u);
            csv.append(nm).append(',').append(poisson(random, mean)).append('\n');
        }
        // when
        MeasurementAnalysis.Outcome standard = MeasurementAnalysis.ofTable(MeasurementType.PL_SPECTRUM, csv.toString())
                .orElseThrow();
        MeasurementAnalysis.Outcome gaussian = MeasurementAnalysis.ofTable(MeasurementType.PL_SPECTRUM, csv.toString(),
                AnalysisOptions.parse("spectrum", Map.of("shape", "gaussian"))).orElseThrow();
        // then
        ResultValue fwhm = gaussian.values().stream().filter(v -> v.name().equals("fwhm")).findFirst().orElseThrow();
        assertThat(Math.abs(fwhm.value() - 1.1)).isLessThan(3 * fwhm.sigma());
        assertThat(gaussian.parameters()).contains(Setting.text("given.shape", "gaussian"));
        assertThat(standard.parameters()).noneMatch(s -> s.name().startsWith(AnalysisOptions.GIVEN));
        assertThat(gaussian.chi2Reduced()).isLessThan(standard.chi2Reduced());
        assertThat(gaussian.plot().fit().size()).isEqualTo(200);
        assertThat(gaussian.plot().x()).hasSize(200);
        // and the recorded choices reproduce the same numbers
        MeasurementAnalysis.Outcome again = MeasurementAnalysis.ofTable(MeasurementType.PL_SPECTRUM, csv.toString(),
                AnalysisOptions.recorded("spectrum", gaussian.parameters())).orElseThrow();
        assertThat(again.values()).isEqualTo(gaussian.values());
    }

    private static long poisson(Random random, double mean) {
        double l = Math.exp(-Math.min(mean, 500));
        if (mean > 500) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        long k = 0;
        double p = 1;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l);
        return k - 1;
    }
}
