package org.photonledger.domain.cavity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.photonledger.domain.protocol.Farrow2024Protocol;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

class CavityPhysicsTest {

    static final Quantity LAMBDA = Quantity.of(677, Unit.NANOMETRE);
    static final Quantity ROC = Quantity.of(8, Unit.MICROMETRE);

    @Test
    void the_papers_purcell_factors_follow_from_q_300_and_v_half_a_cubic_micrometre() {
        // given the paper's Q = q·F = 3 × 100 and V = 0.5 µm³ at 677 nm
        double q = CavityPhysics.qualityFactor(3, 100);
        Quantity v = Quantity.of(0.5, Unit.CUBIC_MICROMETRE);
        // when
        double random = CavityPhysics.purcellFactor(CavityPhysics.RANDOM_DIPOLE, LAMBDA, q, v);
        double aligned = CavityPhysics.purcellFactor(CavityPhysics.ALIGNED_DIPOLE, LAMBDA, q, v);
        // then 4.7 and 14, as stated in the paper
        assertThat(q).isEqualTo(300);
        assertThat(random).isCloseTo(4.7158, within(1e-4));
        assertThat(aligned).isCloseTo(14.1475, within(1e-4));
        assertThat(Math.round(random * 10) / 10.0).isEqualTo(4.7);
        assertThat(Math.round(aligned)).isEqualTo(14);
    }

    @Test
    void the_purcell_factor_does_not_depend_on_the_units_the_inputs_are_given_in() {
        double inMicrometres = CavityPhysics.purcellFactor(1, LAMBDA, 300, Quantity.of(0.5, Unit.CUBIC_MICROMETRE));
        double inOtherUnits = CavityPhysics.purcellFactor(1, Quantity.of(0.677, Unit.MICROMETRE), 300,
                Quantity.of(0.5e-12, Unit.MILLILITRE));
        assertThat(inOtherUnits).isCloseTo(inMicrometres, within(1e-9));
    }

    @Test
    void finesse_from_the_papers_mirror_reflectivities() {
        // R1 = 97.5 %, R2 = 99.9 %: F = π (R1R2)^¼ / (1 − √(R1R2))
        assertThat(CavityPhysics.finesse(0.975, 0.999)).isCloseTo(238.736, within(1e-3));
        // two identical mirrors reduce to the textbook π√R / (1 − R)
        assertThat(CavityPhysics.finesse(0.975, 0.975)).isCloseTo(Math.PI * Math.sqrt(0.975) / 0.025, within(1e-9));
    }

    @Test
    void finesse_grows_with_reflectivity_and_is_symmetric() {
        assertThat(CavityPhysics.finesse(0.99, 0.999)).isGreaterThan(CavityPhysics.finesse(0.975, 0.999));
        assertThat(CavityPhysics.finesse(0.999, 0.975)).isEqualTo(CavityPhysics.finesse(0.975, 0.999));
    }

    @Test
    void finesse_needs_reflectivities_strictly_between_zero_and_one() {
        assertThatThrownBy(() -> CavityPhysics.finesse(1.0, 0.99)).hasMessageContaining("r1 must be a reflectivity in (0, 1)");
        assertThatThrownBy(() -> CavityPhysics.finesse(0.99, 0)).hasMessageContaining("r2 must be a reflectivity in (0, 1)");
    }

    @Test
    void gaussian_mode_volume_of_the_papers_cavity_at_q_3() {
        // given L = qλ/2 = 1.0155 µm and R = 8 µm
        Quantity length = CavityPhysics.resonantLength(3, LAMBDA);
        // when
        Quantity waist = CavityPhysics.beamWaist(LAMBDA, length, ROC);
        Quantity volume = CavityPhysics.gaussianModeVolume(LAMBDA, length, ROC);
        // then w0² = (λ/π)√(L(R − L)), V = π w0² L / 4: about 0.46 µm³, close to the paper's 0.5 µm³
        assertThat(length.in(Unit.MICROMETRE)).isCloseTo(1.0155, within(1e-12));
        assertThat(waist.in(Unit.MICROMETRE)).isCloseTo(0.75757, within(1e-5));
        assertThat(volume.in(Unit.CUBIC_MICROMETRE)).isCloseTo(0.45774, within(1e-5));
    }

    @Test
    void no_gaussian_mode_when_the_cavity_is_as_long_as_the_radius_of_curvature() {
        assertThat(CavityPhysics.stable(Quantity.of(8, Unit.MICROMETRE), ROC)).isFalse();
        assertThatThrownBy(() -> CavityPhysics.gaussianModeVolume(LAMBDA, Quantity.of(8, Unit.MICROMETRE), ROC))
                .hasMessageContaining("a plano-concave cavity needs 0 < L < R");
    }

    @Test
    void the_papers_configuration_uses_its_measured_finesse_and_modelled_mode_volume() {
        // when
        CavityFigures f = CavityPhysics.figures(Farrow2024Protocol.cavityConfiguration(),
                Farrow2024Protocol.planarReflectivity(), Farrow2024Protocol.featuredReflectivity(), ROC);
        // then
        assertThat(f.finesseSource()).isEqualTo(FinesseSource.MEASURED);
        assertThat(f.finesse()).isEqualTo(100);
        assertThat(f.finesseFromReflectivities()).isCloseTo(238.736, within(1e-3));
        assertThat(f.reflectivityLowerBound()).isTrue();
        assertThat(f.qualityFactor()).isEqualTo(300);
        assertThat(f.modeVolumeSource()).isEqualTo(ModeVolumeSource.MODELLED);
        assertThat(f.modeVolume()).isEqualTo(Quantity.of(0.5, Unit.CUBIC_MICROMETRE));
        assertThat(f.gaussianModeVolume().in(Unit.CUBIC_MICROMETRE)).isCloseTo(0.45774, within(1e-5));
        assertThat(f.purcellRandomDipole()).isCloseTo(4.7158, within(1e-4));
        assertThat(f.purcellAlignedDipole()).isCloseTo(14.1475, within(1e-4));
    }

    @Test
    void without_measurements_the_figures_come_from_the_mirrors_and_the_gaussian_model() {
        var paper = Farrow2024Protocol.cavityConfiguration();
        var modelOnly = new CavityConfiguration(paper.length(), 3, TransverseMode.TEM00, LAMBDA, null, null);
        CavityFigures f = CavityPhysics.figures(modelOnly, Farrow2024Protocol.planarReflectivity(),
                Farrow2024Protocol.featuredReflectivity(), ROC);
        assertThat(f.finesseSource()).isEqualTo(FinesseSource.MIRROR_REFLECTIVITIES);
        assertThat(f.qualityFactor()).isCloseTo(716.209, within(1e-3));
        assertThat(f.modeVolumeSource()).isEqualTo(ModeVolumeSource.GAUSSIAN_BEAM);
        assertThat(f.purcellRandomDipole()).isCloseTo(12.298, within(1e-3));
        assertThat(f.purcellAlignedDipole()).isCloseTo(36.894, within(1e-3));
    }

    @Test
    void quality_factor_is_q_times_finesse() {
        assertThat(CavityPhysics.qualityFactor(5, 120)).isEqualTo(600);
        assertThatThrownBy(() -> CavityPhysics.qualityFactor(0, 100)).hasMessageContaining("must be ≥ 1");
    }

    @Test
    void transverse_modes_are_read_from_their_usual_names() {
        assertThat(TransverseMode.parse("TEM00")).contains(TransverseMode.TEM00);
        assertThat(TransverseMode.parse("tem_01")).contains(new TransverseMode(0, 1));
        assertThat(TransverseMode.parse("LP01")).isEmpty();
        assertThat(new TransverseMode(1, 0)).hasToString("TEM10");
    }
}
