package org.photonledger.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.photonledger.processing.analysis.Spectrum.Shape;

class SpectrumTest {

    /** The paper's in-cavity line: 677 nm, FWHM 1.1 nm. */
    private static final Simulated.Line CAVITY_LINE = new Simulated.Line(Shape.LORENTZIAN, 2000, 677, 1.1, 50, 670, 0.05, 281);

    @Test
    void lorentzianCentreAndWidthInNmAndMeV() {
        // given
        Histogram spectrum = new Simulated(51).line(CAVITY_LINE);

        // when
        SpectrumResult result = Spectrum.fit(spectrum, Shape.LORENTZIAN);

        // then
        assertThat(Math.abs(result.centreNm().pull(677))).isLessThan(3);
        assertThat(Math.abs(result.fwhmNm().pull(1.1))).isLessThan(3);
        assertThat(Math.abs(result.amplitude().pull(2000))).isLessThan(3);
        assertThat(Math.abs(result.background().pull(50))).isLessThan(3);
        assertThat(Math.abs(result.centreMeV().pull(1831.377))).isLessThan(3);
        assertThat(Math.abs(result.fwhmMeV().pull(2.9757))).isLessThan(3);
        assertThat(result.fwhmMeV().sigma()).isCloseTo(result.fwhmNm().sigma() * 2.7052, within(1e-3));
        assertThat(result.shape()).isEqualTo(Shape.LORENTZIAN);
        assertThat(result.method()).isEqualTo("spectrum@1");
    }

    @Test
    void reportedSigmaOfTheWidthCoversTheTruth() {
        Coverage.Fractions f = Coverage.of(1.1, seed -> Spectrum.fit(new Simulated(seed).line(CAVITY_LINE), Shape.LORENTZIAN).fwhmNm());

        Coverage.assertHonest(f);
    }

    @Test
    void gaussianRoomTemperatureLine() {
        // given the paper's 40 nm wide free-space emission at room temperature
        Simulated.Line line = new Simulated.Line(Shape.GAUSSIAN, 300, 680, 40, 20, 600, 0.5, 321);
        Histogram spectrum = new Simulated(52).line(line);

        SpectrumResult gaussian = Spectrum.fit(spectrum, Shape.GAUSSIAN);
        SpectrumResult lorentzian = Spectrum.fit(spectrum, Shape.LORENTZIAN);

        assertThat(Math.abs(gaussian.fwhmNm().pull(40))).isLessThan(3);
        assertThat(Math.abs(gaussian.centreNm().pull(680))).isLessThan(3);
        assertThat(gaussian.quality().chi2Reduced()).isLessThan(lorentzian.quality().chi2Reduced());
    }

    @Test
    void photonEnergyConversions() {
        // the paper: 0.6 nm ↔ 1.7 meV at the 4 K line
        assertThat(PhotonEnergy.HC_EV_NM).isCloseTo(1239.841984, within(1e-6));
        assertThat(PhotonEnergy.meV(677)).isCloseTo(1831.377, within(0.001));
        assertThat(PhotonEnergy.widthMeV(1.1, 677)).isCloseTo(2.976, within(0.001));
        assertThat(PhotonEnergy.widthMeV(0.6, 660)).isCloseTo(1.71, within(0.01));
        assertThatThrownBy(() -> PhotonEnergy.meV(0)).hasMessage("wavelength must be a finite number of nm > 0, got 0.0");
    }

    @Test
    void spectrumWithoutPeakOrCountsIsRefused() {
        assertThatThrownBy(() -> Spectrum.fit(Histogram.uniform(600, 1, new double[20]), Shape.LORENTZIAN))
                .hasMessage("spectrum holds no counts (all 20 bins are zero)");
        assertThatThrownBy(() -> Spectrum.fit(Histogram.uniform(600, 1, new double[] {1, 2, 3}), Shape.GAUSSIAN))
                .hasMessage("spectrum has 3 points; need at least 8");
    }
}
