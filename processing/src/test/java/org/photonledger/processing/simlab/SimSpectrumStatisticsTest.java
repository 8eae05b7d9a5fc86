package org.photonledger.processing.simlab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.photonledger.acquisition.instrument.SpectrumFrame;
import org.photonledger.acquisition.simlab.QuantumDot;
import org.photonledger.acquisition.simlab.SimulatedLab;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.processing.analysis.Cavity;
import org.photonledger.processing.analysis.CavityModesResult;
import org.photonledger.processing.analysis.Estimate;
import org.photonledger.processing.analysis.Histogram;
import org.photonledger.processing.analysis.Spectrum;
import org.photonledger.processing.analysis.SpectrumResult;

/**
 * Spectra (Figs. 2a, 2b, 4a) against the truth. The CCD adds a 300-count bias (flat, taken by the fit's
 * background), read noise (4 e⁻, small against the bias' shot noise) and the slit's Gaussian instrument function.
 * A Lorentzian of FWHM f_L seen through a Gaussian of FWHM f_G has the Voigt FWHM
 * 0.5346·f_L + √(0.2166·f_L² + f_G²) (Olivero &amp; Longbothum, 0.02 %); that is the expected width, with 1 %
 * allowed for fitting a Lorentzian to a Voigt, on top of 4σ of the fit.
 */
class SimSpectrumStatisticsTest {

    /** The frame's pixels between two wavelengths; none may be saturated, or the line shape would be cut. */
    private static Histogram window(SpectrumFrame frame, double from, double to) {
        double[] nm = frame.wavelengthsNm();
        double[] counts = frame.counts();
        assertThat(Arrays.stream(counts).max().orElseThrow()).as("brightest pixel").isLessThan(65_535);
        int a = 0;
        while (nm[a] < from) {
            a++;
        }
        int b = nm.length - 1;
        while (nm[b] > to) {
            b--;
        }
        return new Histogram(Arrays.copyOfRange(nm, a, b + 1), Arrays.copyOfRange(counts, a, b + 1));
    }

    private static double voigt(double lorentzian, double gaussian) {
        return 0.5346 * lorentzian + Math.sqrt(0.2166 * lorentzian * lorentzian + gaussian * gaussian);
    }

    private static void assertWidth(String what, double expected, Estimate fwhm) {
        SimLabs.report(what, expected, fwhm);
        assertThat(Math.abs(fwhm.value() - expected)).isLessThan(0.01 * expected + 4 * fwhm.sigma());
    }

    @Test
    void room_temperature_line_is_a_40_nm_lorentzian_at_the_dot_centre() {
        // given a dot on glass under CW light, 300 lines/mm (0.29 nm per pixel, 296 nm wide)
        SimulatedLab lab = SimLabs.steady(601);
        lab.mount(SimLabs.GLASS);
        QuantumDot dot = SimLabs.onIsolatedDot(lab);
        lab.cwLaser().setPower(SimLabs.microwatt(1));
        lab.cwLaser().setEnabled(true);
        double centre = dot.centreWavelength().in(Unit.NANOMETRE);
        lab.spectrometer().setGrating(300);
        lab.spectrometer().setCentreWavelength(dot.centreWavelength());
        lab.spectrometer().setExposure(Quantity.of(1, Unit.SECOND));
        // when the ±100 nm around the centre are fitted (the long-pass edge at 550 nm stays out)
        SpectrumFrame frame = lab.spectrometer().acquire();
        SpectrumResult result = Spectrum.fit(window(frame, centre - 100, centre + 100), Spectrum.Shape.LORENTZIAN);
        // then centre and FWHM are the dot's
        double width = dot.linewidthRoomTemperature().in(Unit.NANOMETRE);
        double instrument = SimLabs.setting(lab, "spectrometer", "instrumentFwhm");
        SimLabs.report("RT line centre (nm)", centre, result.centreNm());
        assertThat(Math.abs(result.centreNm().pull(centre))).isLessThan(4);
        assertWidth("RT linewidth (nm)", voigt(width, instrument), result.fwhmNm());
        assertThat(width).isBetween(30.0, 50.0);
    }

    @Test
    void cryogenic_line_is_a_0_6_nm_lorentzian_resolved_by_the_1200_line_grating() {
        // given a dot on glass at 4 K (saturation ≈ 60 µW there) under 0.5 µW CW light, 1200 lines/mm, 0.1 s
        SimulatedLab lab = SimLabs.steady(602);
        lab.mount(SimLabs.GLASS);
        lab.environment().setTemperature(Quantity.of(4, Unit.KELVIN));
        QuantumDot dot = SimLabs.onIsolatedDot(lab);
        lab.cwLaser().setPower(SimLabs.microwatt(0.5));
        lab.cwLaser().setEnabled(true);
        double centre = dot.centreWavelength().in(Unit.NANOMETRE);
        lab.spectrometer().setGrating(1200);
        lab.spectrometer().setCentreWavelength(dot.centreWavelength());
        lab.spectrometer().setExposure(Quantity.of(0.1, Unit.SECOND));
        // when ±5 nm are fitted
        SpectrumResult result = Spectrum.fit(window(lab.spectrometer().acquire(), centre - 5, centre + 5),
                Spectrum.Shape.LORENTZIAN);
        // then
        double width = dot.linewidthCryogenic().in(Unit.NANOMETRE);
        double instrument = SimLabs.setting(lab, "spectrometer", "instrumentFwhm");
        SimLabs.report("4 K line centre (nm)", centre, result.centreNm());
        assertThat(Math.abs(result.centreNm().pull(centre))).isLessThan(4);
        assertWidth("4 K linewidth (nm)", voigt(width, instrument), result.fwhmNm());
        assertThat(width).isBetween(0.4, 0.8);
    }

    @Test
    void cavity_emission_is_a_single_mode_of_width_fsr_over_finesse_at_the_resonance() {
        // given the paper's cavity under CW light, the piezo tuned so that mode q = 3 sits on the dot's line (as in
        // the paper: "finely tuned to couple maximum fluorescence"); off the line centre, the dot's Lorentzian
        // would tilt the mode's wings and pull a symmetric fit towards it
        SimulatedLab lab = SimLabs.steady(603);
        lab.mount(SimLabs.paperCavity());
        lab.cwLaser().setPower(SimLabs.microwatt(1));
        lab.cwLaser().setEnabled(true);
        double line = SimLabs.truth(lab, "sim.truth.dot.0.centreWavelength");
        tuneModeTo(lab, line);
        double mode = SimLabs.truth(lab, "sim.cavity.mode.q3.wavelength");
        double kappa = SimLabs.truth(lab, "sim.cavity.mode.q3.fwhm");
        lab.spectrometer().setGrating(1200);
        lab.spectrometer().setCentreWavelength(Quantity.of(mode, Unit.NANOMETRE));
        lab.spectrometer().setExposure(Quantity.of(0.2, Unit.SECOND));
        // when ±6 nm around the mode are fitted
        SpectrumResult result = Spectrum.fit(window(lab.spectrometer().acquire(), mode - 6, mode + 6),
                Spectrum.Shape.LORENTZIAN);
        // then the line sits at the mode with the mode's ≈ 1.4 nm width (FSR/F at the effective length; the 40 nm
        // dot line narrows the product by < 0.1 %)
        double instrument = SimLabs.setting(lab, "spectrometer", "instrumentFwhm");
        SimLabs.report("cavity mode centre (nm)", mode, result.centreNm());
        assertThat(Math.abs(mode - line)).isLessThan(0.01);
        assertThat(Math.abs(result.centreNm().pull(mode))).isLessThan(4);
        assertWidth("cavity mode FWHM (nm)", voigt(kappa, instrument), result.fwhmNm());
        assertThat(kappa).isBetween(1.3, 1.5);
    }

    /** Moves the piezo (bisection) until mode q = 3 resonates at the wavelength. */
    private static void tuneModeTo(SimulatedLab lab, double nm) {
        double lo = 0.8;
        double hi = 1.3;
        for (int i = 0; i < 50; i++) {
            double mid = (lo + hi) / 2;
            lab.cavityPiezo().setLength(Quantity.of(mid, Unit.MICROMETRE));
            if (SimLabs.setting(lab, "cavity-piezo", "resonance.q3") < nm) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
    }

    @Test
    void a_long_cavity_shows_several_modes_whose_spacing_and_width_give_the_finesse() {
        // given the cavity opened to 7 µm: modes every ≈ 30 nm, 0.3 nm wide, three of them under the dot's line
        SimulatedLab lab = SimLabs.steady(604);
        lab.mount(SimLabs.paperCavity());
        lab.cavityPiezo().setLength(Quantity.of(7, Unit.MICROMETRE));
        lab.cwLaser().setPower(SimLabs.microwatt(2));
        lab.cwLaser().setEnabled(true);
        double line = SimLabs.truth(lab, "sim.truth.dot.0.centreWavelength");
        lab.spectrometer().setGrating(1200);
        lab.spectrometer().setCentreWavelength(Quantity.of(line, Unit.NANOMETRE));
        lab.spectrometer().setExposure(Quantity.of(0.5, Unit.SECOND));
        // when the modes are found and fitted
        SpectrumFrame frame = lab.spectrometer().acquire();
        assertThat(Arrays.stream(frame.counts()).max().orElseThrow()).as("brightest pixel").isLessThan(65_535);
        CavityModesResult result = Cavity.modes(new Histogram(frame.wavelengthsNm(), frame.counts()),
                OptionalDouble.empty());
        // then at least two modes, and FSR/FWHM is the configured finesse of 100, up to the Voigt broadening of
        // the 0.3 nm modes by the 0.054 nm instrument function (1.5 % narrower finesse, computed below)
        assertThat(result.modes().size()).isGreaterThanOrEqualTo(2);
        double lambda = result.modes().get(0).centreNm().value();
        double effectiveLength = 7_000 + SimLabs.truth(lab, "sim.cavity.penetrationDepth") * 1000;
        double width = lambda * lambda / (2 * effectiveLength) / 100;
        double instrument = SimLabs.setting(lab, "spectrometer", "instrumentFwhm");
        double expected = 100 * width / voigt(width, instrument);
        Estimate finesse = result.finesse().orElseThrow();
        SimLabs.report("finesse from a mode spectrum", expected, finesse);
        assertThat(Math.abs(finesse.value() - expected)).isLessThan(0.01 * expected + 4 * finesse.sigma());
    }
}
