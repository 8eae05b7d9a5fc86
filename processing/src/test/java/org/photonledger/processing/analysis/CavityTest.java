package org.photonledger.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class CavityTest {

    @Test
    void purcellFactorOfThePapersCavity() {
        // the paper: Q = 300, V = 0.5 µm³, λ = 677 nm gives 4.7 for random and 14 for aligned dipoles
        PurcellResult random = Cavity.purcell(677, Estimate.exact(300), Estimate.exact(0.5), 1.0 / 3);
        PurcellResult aligned = Cavity.purcell(677, Estimate.exact(300), Estimate.exact(0.5), 1);

        assertThat(random.purcellFactor().value()).isCloseTo(4.7, within(0.05));
        assertThat(aligned.purcellFactor().value()).isCloseTo(14.1, within(0.1));
        assertThat(random.method()).isEqualTo("purcell@1");
    }

    @Test
    void purcellUncertaintyComesFromQAndV() {
        PurcellResult result = Cavity.purcell(677, Estimate.of(300, 30), Estimate.of(0.5, 0.05), 1);

        assertThat(result.purcellFactor().sigma() / result.purcellFactor().value()).isCloseTo(Math.sqrt(0.02), within(1e-9));
    }

    @Test
    void finesseQAndFsrFromSeveralModes() {
        // given modes of axial order 30 at 677 nm with finesse 100, so Q = q·F ≈ 3000
        Histogram spectrum = new Simulated(81).modes(677, 30, 100, 1000, 10, 640, 0.01, 8000);

        // when
        CavityModesResult result = Cavity.modes(spectrum, OptionalDouble.empty());

        // then
        assertThat(result.modes()).hasSize(3);
        assertThat(Math.abs(result.finesse().orElseThrow().pull(100))).isLessThan(3);
        CavityModesResult.Mode strongest = result.modes().stream()
                .filter(m -> m.qualityFactor().equals(result.qualityFactor())).findFirst().orElseThrow();
        double lambda = strongest.centreNm().value();
        double order = Math.rint(result.axialModeIndex().orElseThrow().value());
        assertThat(Math.abs(result.axialModeIndex().orElseThrow().pull(order))).isLessThan(3);
        assertThat(Math.abs(result.qualityFactor().pull(order * 100))).isLessThan(3);
        assertThat(Math.abs(result.fsrNm().orElseThrow().pull(lambda / order))).isLessThan(3);
        assertThat(result.method()).isEqualTo("cavity-modes@1");
    }

    @Test
    void singleModeGivesQAndNeedsTheFsrForTheFinesse() {
        // given the paper's mode: 677 nm, 1.1 nm wide
        Histogram spectrum = new Simulated(82).line(new Simulated.Line(Spectrum.Shape.LORENTZIAN, 2000, 677, 1.1, 20, 670, 0.05, 281));

        CavityModesResult without = Cavity.modes(spectrum, OptionalDouble.empty());
        CavityModesResult with = Cavity.modes(spectrum, OptionalDouble.of(677.0 / 3));

        assertThat(without.finesse()).isEmpty();
        assertThat(Math.abs(without.qualityFactor().pull(677 / 1.1))).isLessThan(3);
        assertThat(Math.abs(with.finesse().orElseThrow().pull(677.0 / 3 / 1.1))).isLessThan(3);
        assertThat(with.axialModeIndex().orElseThrow().value()).isCloseTo(3, within(0.01));
    }

    @Test
    void badInputsAreRefusedNamingTheProblem() {
        assertThatThrownBy(() -> Cavity.purcell(677, Estimate.exact(300), Estimate.exact(0), 1))
                .hasMessage("mode volume must be > 0 µm³, got 0.0");
        assertThatThrownBy(() -> Cavity.purcell(677, Estimate.exact(300), Estimate.exact(0.5), 2))
                .hasMessage("dipole orientation factor ξ² must be in (0, 1], got 2.0");
        assertThatThrownBy(() -> Cavity.modes(Histogram.uniform(600, 1, new double[30]), OptionalDouble.empty()))
                .hasMessage("cavity spectrum holds no counts (all 30 bins are zero)");
    }
}
