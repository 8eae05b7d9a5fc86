package org.photonledger.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.photonledger.processing.analysis.PulsedG2.Background;
import org.photonledger.processing.analysis.PulsedG2.Settings;

class PulsedG2Test {

    private static final Simulated.PulsedG2 SOURCE = Simulated.PulsedG2.typical();

    @Test
    void recoversG2PeriodAndZeroDelayWithin3Sigma() {
        // given a 12.5 ns comb, 0.5 ns lifetime, g²(0) = 0.06 and a 1.3 ns cable delay
        Simulated.PulsedG2 truth = SOURCE.withZeroPs(1300);
        Histogram histogram = new Simulated(11).pulsedG2(truth);

        // when
        PulsedG2Result result = PulsedG2.analyse(histogram, Settings.defaults());

        // then
        assertThat(Math.abs(result.g2Zero().pull(0.06))).isLessThan(3);
        assertThat(Math.abs(result.purity().pull(0.94))).isLessThan(3);
        assertThat(Math.abs(result.periodPs().pull(12_500))).isLessThan(3);
        assertThat(Math.abs(result.zeroDelayPs().pull(1300))).isLessThan(3);
        assertThat(result.g2Zero().sigma()).isBetween(0.002, 0.01);
        assertThat(result.sidePeaks()).as("±7 peaks; the ±8th are cut by the ±100 ns range").isEqualTo(14);
        assertThat(result.bunchingCorrected()).isFalse();
        assertThat(result.method()).isEqualTo("g2-pulsed@1");
        assertThat(result.parameters()).containsEntry("periodFrom", "data: autocorrelation, refined by peak-centroid regression")
                .containsEntry("background", "none").containsKey("windowPs");
        assertThat(result.quality().degreesOfFreedom()).isEqualTo(13);
    }

    @Test
    void reportedSigmaOfG2CoversTheTruthAsOften() {
        // given 200 seeded histograms, when each is analysed, then about 68 % land within 1σ of the truth
        Coverage.Fractions f = Coverage.of(0.06,
                seed -> PulsedG2.analyse(new Simulated(seed).pulsedG2(SOURCE), Settings.defaults()).g2Zero());

        Coverage.assertHonest(f);
    }

    @Test
    void reportedSigmaOfThePeriodCoversTheTruth() {
        Coverage.Fractions f = Coverage.of(12_500,
                seed -> PulsedG2.analyse(new Simulated(1000 + seed).pulsedG2(SOURCE), Settings.defaults()).periodPs());

        Coverage.assertHonest(f);
    }

    @Test
    void flatBackgroundIsEstimatedBetweenPeaksAndSubtracted() {
        // given 5 accidental counts per bin on top of the peaks
        Simulated.PulsedG2 truth = SOURCE.withBackground(5);
        Histogram histogram = new Simulated(12).pulsedG2(truth);

        // when
        PulsedG2Result flat = PulsedG2.analyse(histogram, Settings.defaults().withBackground(Background.FLAT));
        PulsedG2Result none = PulsedG2.analyse(histogram, Settings.defaults());

        // then the subtracted result finds the emitter's g²(0), the raw one includes the accidentals
        assertThat(Math.abs(flat.g2Zero().pull(0.06))).isLessThan(3);
        assertThat(Math.abs(flat.backgroundPerBin().pull(5))).isLessThan(3);
        double window = none.windowPs() / truth.binPs();
        double raw = (0.06 * 4000 + 5 * window) / (4000 + 5 * window);
        assertThat(Math.abs(none.g2Zero().pull(raw))).isLessThan(3);
        assertThat(none.backgroundPerBin()).isEqualTo(Estimate.exact(0));
    }

    @Test
    void givenPeriodAndWindowAreUsedAndReported() {
        Histogram histogram = new Simulated(13).pulsedG2(SOURCE);

        PulsedG2Result result = PulsedG2.analyse(histogram, Settings.defaults().withPeriodPs(12_500).withWindowPs(3200));

        assertThat(result.periodPs()).isEqualTo(Estimate.exact(12_500));
        assertThat(result.windowPs()).isEqualTo(3200);
        assertThat(result.parameters()).containsEntry("periodFrom", "given").containsEntry("windowFrom", "given");
        assertThat(Math.abs(result.g2Zero().pull(0.06))).isLessThan(3);
    }

    @Test
    void missingSidePeakIsLeftOutOfTheNormalisation() {
        // given a histogram where the +3 peak is lost (zeroed, e.g. a gap in the data)
        double[] counts = new Simulated(14).pulsedG2(SOURCE).counts();
        int centre = (int) Math.round((3 * 12_500 - SOURCE.firstCentre()) / SOURCE.binPs());
        Arrays.fill(counts, centre - 100, centre + 100, 0);
        Histogram histogram = Histogram.uniform(SOURCE.firstCentre(), SOURCE.binPs(), counts);

        // when
        PulsedG2Result result = PulsedG2.analyse(histogram, Settings.defaults());

        // then
        assertThat(result.parameters()).containsEntry("sidePeaksExcluded", 1);
        assertThat(result.sidePeaks()).isEqualTo(13);
        assertThat(Math.abs(result.g2Zero().pull(0.06))).isLessThan(3);
    }

    @Test
    void sidePeaksCutByTheHistogramEdgeAreNotUsed() {
        // given only ±1.6 periods of data
        Simulated.PulsedG2 truth = SOURCE.withHalfRangePs(20_000).withZeroPs(-2000);
        Histogram histogram = new Simulated(15).pulsedG2(truth);

        PulsedG2Result result = PulsedG2.analyse(histogram, Settings.defaults().withPeriodPs(12_500));

        assertThat(result.sidePeaks()).isEqualTo(2);
        assertThat(Math.abs(result.g2Zero().pull(0.06))).isLessThan(3);
        assertThat(result.nearFarRatio()).isEmpty();
    }

    @Test
    void cableDelayBeyondHalfAPeriodIsFoundFromTheOnlySuppressedPeak() {
        // given the zero-delay peak two periods away from 0 ps
        Simulated.PulsedG2 truth = SOURCE.withZeroPs(2 * 12_500 + 700).withG2(0.03);
        Histogram histogram = new Simulated(16).pulsedG2(truth);

        // when
        PulsedG2Result result = PulsedG2.analyse(histogram, Settings.defaults());

        // then
        assertThat(Math.abs(result.zeroDelayPs().pull(25_700))).isLessThan(3);
        assertThat(Math.abs(result.g2Zero().pull(0.03))).isLessThan(3);
        assertThat((String) result.parameters().get("zeroDelayFrom")).contains("only suppressed peak");
    }

    @Test
    void expectedZeroDelayPicksThePeakNearestIt() {
        Simulated.PulsedG2 truth = SOURCE.withZeroPs(2 * 12_500 + 700).withG2(0.5);
        Histogram histogram = new Simulated(17).pulsedG2(truth);

        PulsedG2Result result = PulsedG2.analyse(histogram, Settings.defaults().withExpectedZeroPs(25_000));

        assertThat(Math.abs(result.zeroDelayPs().pull(25_700))).isLessThan(3);
        assertThat(Math.abs(result.g2Zero().pull(0.5))).isLessThan(3);
        assertThat((String) result.parameters().get("zeroDelayFrom")).startsWith("given");
    }

    @Test
    void blinkingBunchingOfTheNearPeaksIsReportedAndFarPeaksNormalise() {
        // given blinking on a 2-period time scale: g²(kT) × (1 + 0.4·e^{−|k|/2})
        Simulated.PulsedG2 truth = SOURCE.withBlinking(0.4, 2 * 12_500);
        Histogram histogram = new Simulated(18).pulsedG2(truth);

        // when
        PulsedG2Result result = PulsedG2.analyse(histogram, Settings.defaults());

        // then the ±1 peaks are seen to be higher and only the far peaks (|k| ≥ 4) normalise
        assertThat(result.bunchingCorrected()).isTrue();
        assertThat(result.parameters()).containsEntry("farSidePeaksFrom", 4);
        Estimate ratio = result.nearFarRatio().orElseThrow();
        double far = 0;
        for (int k = 4; k <= 7; k++) {
            far += truth.area(k);
        }
        far /= 4;
        assertThat(Math.abs(ratio.pull(truth.area(1) / far))).isLessThan(3);
        assertThat(Math.abs(result.g2Zero().pull(truth.area(0) / far))).isLessThan(3);
        assertThat(result.normalisation()).contains("bunched by blinking");
    }

    @Test
    void withoutBlinkingTheNearFarRatioIsOne() {
        PulsedG2Result result = PulsedG2.analyse(new Simulated(19).pulsedG2(SOURCE), Settings.defaults());

        assertThat(Math.abs(result.nearFarRatio().orElseThrow().pull(1))).isLessThan(3);
        assertThat(result.normalisation()).isEqualTo("all 14 side peaks");
    }

    @Test
    void allZeroHistogramIsRefusedNamingTheProblem() {
        Histogram zeros = Histogram.uniform(-1000, 10, new double[200]);

        assertThatThrownBy(() -> PulsedG2.analyse(zeros, Settings.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pulsed g² histogram holds no counts (all 200 bins are zero)");
    }

    @Test
    void emptyHistogramIsRefused() {
        assertThatThrownBy(() -> new Histogram(new double[0], new double[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("histogram is empty (no bins)");
    }

    @Test
    void histogramWithoutSidePeaksIsRefused() {
        // given one period of data around a single peak
        Simulated.PulsedG2 truth = SOURCE.withHalfRangePs(6000).withG2(1);
        Histogram histogram = new Simulated(20).pulsedG2(truth);

        assertThatThrownBy(() -> PulsedG2.analyse(histogram, Settings.defaults().withPeriodPs(12_500)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no side peaks: the histogram spans 12000 ps, less than 1.5 periods of 12500 ps");
    }

    @Test
    void flatHistogramHasNoPeriod() {
        double[] counts = new double[4000];
        Arrays.fill(counts, 7);
        Histogram flat = Histogram.uniform(-64_000, 32, counts);

        assertThatThrownBy(() -> PulsedG2.analyse(flat, Settings.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot find the repetition period");
    }

    @Test
    void windowWiderThanThePeriodIsRefused() {
        Histogram histogram = new Simulated(21).pulsedG2(SOURCE);

        assertThatThrownBy(() -> PulsedG2.analyse(histogram, Settings.defaults().withPeriodPs(12_500).withWindowPs(13_000)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("window 13000 ps is wider than the period 12500 ps; neighbouring windows would overlap");
    }

    @Test
    void nonFiniteOrNegativeCountsAreRefusedWithTheBin() {
        assertThatThrownBy(() -> new Histogram(new double[] {0, 1, 2}, new double[] {1, Double.NaN, 3}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count 1 (at x = 1.0) is NaN; counts must be finite and ≥ 0");
        assertThatThrownBy(() -> new Histogram(new double[] {0, 1, 2}, new double[] {1, -2, 3}))
                .hasMessage("count 1 (at x = 1.0) is -2.0; counts must be finite and ≥ 0");
    }

    @Test
    void unequalBinsAreRefused() {
        double[] x = {0, 1, 2, 3, 5, 6, 7, 8, 9, 10};
        Histogram histogram = new Histogram(x, new double[x.length]);

        assertThatThrownBy(() -> PulsedG2.analyse(histogram, Settings.defaults()))
                .hasMessageStartingWith("pulsed g² histogram must have equal bins");
    }

    @Test
    void negativeSettingsAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> Settings.defaults().withPeriodPs(-5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("period must be a finite number of ps > 0, got -5.0");
    }

    /**
     * FitMyData's demo (a Swabian Time Tagger histogram, MathiasPnt/FitMyData demo_data/demo_g2.txt). Its own
     * algorithm (6 side peaks each side, a 26-bin window, baseline from 2 windows off each peak) gives
     * g²(0) = 0.0063 ± 0.0002 (run on this file; the repository states no number).
     */
    @Test
    void reproducesFitMyDataDemo() throws IOException {
        Histogram histogram = twoRows(ReferenceData.require("fitmydata_demo_g2.txt"));

        PulsedG2Result defaults = PulsedG2.analyse(histogram, Settings.defaults());
        PulsedG2Result likeFitMyData = PulsedG2.analyse(histogram,
                Settings.defaults().withWindowPs(26 * 64).withBackground(Background.FLAT));

        assertThat(defaults.periodPs().value()).isCloseTo(12_201.8, within(0.5));
        assertThat(defaults.zeroDelayPs().value()).isCloseTo(-56, within(5.0));
        assertThat(defaults.sidePeaks()).isEqualTo(130);
        assertThat(defaults.windowPs()).isEqualTo(31 * 64);
        assertThat(defaults.g2Zero().value()).isCloseTo(0.0069, within(0.0003));
        assertThat(likeFitMyData.g2Zero().value()).isCloseTo(0.0063, within(0.0002));
        assertThat(likeFitMyData.g2Zero().sigma()).isCloseTo(0.00025, within(0.00003));
        assertThat(likeFitMyData.bunchingCorrected()).isFalse();
    }

    /**
     * ETA's HydraHarp T3 HBT test histograms (timetag/ETA tests/hydraharp/data/results): t2 − t1 and t1 − t2
     * over 160 ns in 16 ps bins, 80 MHz (sync period 12495.52 ps). The zero-delay peak sits at about 23.9 ns,
     * two periods away, and is empty: a cable-delay offset the analysis must see through.
     */
    @Test
    void reproducesEtaT3HbtHistogram() throws IOException {
        Histogram histogram = etaBothSides(ReferenceData.require("200213_HH400_T3_80MHz_HBT.npz"));

        PulsedG2Result result = PulsedG2.analyse(histogram, Settings.defaults());

        assertThat(Math.abs(result.periodPs().pull(12_495.52))).isLessThan(3);
        assertThat(result.zeroDelayPs().value()).isCloseTo(23_940, within(20.0));
        assertThat(result.g2Zero().value()).isLessThan(0.01);
        assertThat(result.sidePeaks()).isEqualTo(24);
        assertThat(result.sideArea().value()).isCloseTo(367, within(5.0));
    }

    @Test
    void reproducesEtaT2Hbt320MHzHistogram() throws IOException {
        Histogram histogram = etaBothSides(ReferenceData.require("200204_HH400_T2_320MHz_HBT_g2.npz"));

        PulsedG2Result result = PulsedG2.analyse(histogram, Settings.defaults());

        assertThat(result.periodPs().value()).isCloseTo(3128, within(1.0));
        assertThat(result.zeroDelayPs().value()).isCloseTo(23_936, within(20.0));
        assertThat(result.g2Zero().value()).isLessThan(0.01);
    }

    static Histogram twoRows(Path file) throws IOException {
        List<String> rows = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
        return new Histogram(numbers(rows.get(0)), numbers(rows.get(1)));
    }

    private static double[] numbers(String row) {
        return Arrays.stream(row.strip().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }

    /** ETA's two one-sided histograms joined into one over −160 … +160 ns (hist2 is t1 − t2, so it is mirrored). */
    static Histogram etaBothSides(Path file) throws IOException {
        Map<String, double[]> arrays = ReferenceData.npz(file);
        double[] positive = arrays.get("hist1");
        double[] negative = arrays.get("hist2");
        int n = positive.length;
        double[] counts = new double[2 * n];
        for (int i = 0; i < n; i++) {
            counts[n - 1 - i] = negative[i];
            counts[n + i] = positive[i];
        }
        return Histogram.uniform(-(n - 0.5) * 16, 16, counts);
    }
}
