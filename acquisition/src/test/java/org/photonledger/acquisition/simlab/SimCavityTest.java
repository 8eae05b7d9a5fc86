package org.photonledger.acquisition.simlab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.photonledger.acquisition.instrument.Specimen;
import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

class SimCavityTest {

    private static final SetupModel.CavityOptics OPTICS = SetupModel.defaults().cavity();

    @Test
    void the_configured_mode_resonates_at_the_configured_wavelength_with_width_fsr_over_finesse() {
        // given the paper's cavity: q = 3 at 677 nm, L0 = 1.0155 µm, F = 100, L_p = 0.6 µm
        MicroCavity cavity = new MicroCavity(SimFixtures.paperCavity(), OPTICS);
        // when
        List<MicroCavity.Mode> modes = cavity.modes(1.0155);
        // then only q = 3 lies in the 610–770 nm stop band, at 677 nm, FWHM λ²/2(L + L_p)/F = 1.418 nm
        assertThat(modes).hasSize(1);
        MicroCavity.Mode mode = modes.get(0);
        assertThat(mode.index()).isEqualTo(3);
        assertThat(mode.wavelengthNm()).isCloseTo(677, offset(1e-9));
        assertThat(mode.fwhmNm()).isCloseTo(677.0 * 677 / (2 * 1615.5) / 100, offset(1e-9));
        assertThat(mode.purcellFactor()).isCloseTo(4.716, offset(1e-9));
        // and the escape efficiency through the 2.5 % planar mirror is T·F/2π
        assertThat(cavity.escapeEfficiency()).isCloseTo(0.025 * 100 / (2 * Math.PI), offset(1e-12));
    }

    @Test
    void lengthening_the_cavity_tunes_the_mode_red_by_about_lambda_over_the_effective_length() {
        MicroCavity cavity = new MicroCavity(SimFixtures.paperCavity(), OPTICS);
        double at = cavity.modes(1.0155).get(0).wavelengthNm();
        double longer = cavity.modes(1.0255).get(0).wavelengthNm();
        // 10 nm longer: Δλ ≈ λ·ΔL/(L + L_p) = 4.19 nm, slightly less because the Gouy phase grows with L
        assertThat(longer - at).isBetween(3.6, 4.19);
    }

    @Test
    void a_longer_cavity_has_several_modes_in_the_stop_band_that_walk_through_the_dot_line() {
        MicroCavity cavity = new MicroCavity(SimFixtures.paperCavity(), OPTICS);
        // a 4 µm cavity has an FSR of about 677²/(2·4.6 µm) ≈ 50 nm, so three modes fit in the 160 nm stop band
        List<MicroCavity.Mode> modes = cavity.modes(4.0);
        assertThat(modes.size()).isBetween(3, 4);
        for (int i = 1; i < modes.size(); i++) {
            assertThat(modes.get(i).index()).isEqualTo(modes.get(i - 1).index() + 1);
            assertThat(modes.get(i).wavelengthNm()).isLessThan(modes.get(i - 1).wavelengthNm());
        }
        // and beyond the mirror's radius of curvature there is no stable mode
        assertThat(cavity.modes(8.5)).isEmpty();
    }

    @Test
    void in_cavity_the_room_temperature_lifetime_barely_changes_but_at_4_K_on_resonance_it_shortens() {
        // given the paper's cavity with its dot on the mode axis
        SimulatedLab lab = SimFixtures.steadyLab(21);
        Specimen.Cavity specimen = SimFixtures.paperCavity();
        lab.mount(specimen);
        QuantumDot dot = lab.dots(specimen.dotPosition(), Quantity.of(0.01, Unit.MICROMETRE)).get(0);
        assertThat(dot.id()).isEqualTo("cavity-dot");
        // when at room temperature
        double rt = truth(lab, "lifetime") / dot.lifetimeRoomTemperature().in(Unit.NANOSECOND);
        // then the 40 nm line couples weakly (F_eff ≈ F_P·κ/(κ + γ) ≈ 0.2) and the mirrors inhibit leaky
        // emission (× 0.8): the lifetime stays within 10 % of the free one, as in the paper (12.7 vs 12.2 ns)
        assertThat(rt).isBetween(0.9, 1.1);
        assertThat(truth(lab, "purcellEffective")).isBetween(0.05, 0.5);
        // when at 4 K with the mode tuned onto the dot's 0.6 nm line
        lab.environment().setTemperature(Quantity.of(4, Unit.KELVIN));
        lab.cavityPiezo().setLength(Quantity.of(lengthFor(lab, dot.centreWavelength().in(Unit.NANOMETRE)),
                Unit.MICROMETRE));
        double cold = truth(lab, "lifetime") / dot.lifetimeCryogenic().in(Unit.NANOSECOND);
        // then most emission goes into the mode and the lifetime shortens by the Purcell effect
        assertThat(truth(lab, "modeShare")).isGreaterThan(0.5);
        assertThat(cold).isLessThan(0.5);
    }

    @Test
    void the_chosen_dot_is_where_the_records_say_and_has_no_film_neighbour_closer_than_the_isolation_radius() {
        SimulatedLab lab = new SimulatedLab(22);
        Specimen.Cavity specimen = SimFixtures.paperCavity();
        lab.mount(specimen);
        assertThat(lab.stage().position()).isEqualTo(specimen.dotPosition());
        assertThat(lab.cavityPiezo().length()).isEqualTo(specimen.configuredLength());
        List<QuantumDot> near = lab.dots(specimen.dotPosition(), Quantity.of(1, Unit.MICROMETRE));
        assertThat(near).extracting(QuantumDot::id).containsExactly("cavity-dot");
        // and elsewhere the film's dots are the same as with the film mounted alone
        PlanePosition elsewhere = PlanePosition.of(-20, -20, Unit.MICROMETRE);
        List<QuantumDot> inCavity = lab.dots(elsewhere, Quantity.of(5, Unit.MICROMETRE));
        lab.mount(specimen.film());
        assertThat(lab.dots(elsewhere, Quantity.of(5, Unit.MICROMETRE))).isEqualTo(inCavity);
    }

    @Test
    void sweeping_the_piezo_brings_the_count_rate_up_where_the_mode_meets_the_dot_line() {
        // given the cavity's dot under CW excitation
        SimulatedLab lab = SimFixtures.steadyLab(23);
        lab.mount(SimFixtures.paperCavity());
        lab.cwLaser().setPower(SimFixtures.microwatt(0.5));
        lab.cwLaser().setEnabled(true);
        QuantumDot dot = lab.dots(SimFixtures.paperCavity().dotPosition(), Quantity.of(0.01, Unit.MICROMETRE)).get(0);
        double centre = dot.centreWavelength().in(Unit.NANOMETRE);
        // when the mode sits on the line and 80 nm (two linewidths) away from it
        lab.cavityPiezo().setLength(Quantity.of(lengthFor(lab, centre), Unit.MICROMETRE));
        double on = SimFixtures.acquire(lab, 0.01).size();
        lab.cavityPiezo().setLength(Quantity.of(lengthFor(lab, centre - 80), Unit.MICROMETRE));
        double off = SimFixtures.acquire(lab, 0.01).size();
        // then the Lorentzian overlap falls to ~1/17 and the count rate with it (leaky light remains)
        assertThat(on).isGreaterThan(1000);
        assertThat(off).isLessThan(on / 4);
    }

    /** The piezo length that puts mode q = 3 at the wavelength (bisection on the lab's own cavity). */
    static double lengthFor(SimulatedLab lab, double nm) {
        double lo = 0.5;
        double hi = 1.6;
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            double at = lab.cavity().modes(mid).stream().filter(m -> m.index() == 3)
                    .mapToDouble(MicroCavity.Mode::wavelengthNm).findFirst().orElse(mid < 1 ? 0 : 2000);
            if (at < nm) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    private static double truth(SimulatedLab lab, String name) {
        return Double.parseDouble(lab.snapshot().setting("specimen", "sim.truth.dot.0." + name).orElseThrow().value());
    }
}
