package org.photonledger.acquisition.simlab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.photonledger.acquisition.instrument.SpectrumFrame;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

class SimSpectrometerTest {

    @Test
    void a_dark_frame_holds_bias_and_read_noise_over_increasing_pixel_wavelengths() {
        // given a film with the lasers off
        SimulatedLab lab = new SimulatedLab(41);
        lab.mount(SimFixtures.GLASS_FILM);
        lab.spectrometer().setGrating(300);
        lab.spectrometer().setCentreWavelength(Quantity.of(680, Unit.NANOMETRE));
        lab.spectrometer().setExposure(Quantity.of(2, Unit.SECOND));
        // when
        SpectrumFrame frame = lab.spectrometer().acquire();
        // then 1024 pixels around 680 nm, about 0.29 nm each (d·cos β / f · 26 µm)
        double[] nm = frame.wavelengthsNm();
        assertThat(nm).hasSize(1024);
        for (int i = 1; i < nm.length; i++) {
            assertThat(nm[i]).isGreaterThan(nm[i - 1]);
        }
        assertThat((nm[0] + nm[1023]) / 2).isCloseTo(680, offset(2.0));
        assertThat((nm[1023] - nm[0]) / 1023).isBetween(0.25, 0.32);
        assertThat(frame.exposureS()).isEqualTo(2.0);
        // and the counts are the 300-count bias with 4 e⁻ read noise: mean within 4·4/√1024, σ within 15 %
        double mean = 0;
        for (double c : frame.counts()) {
            mean += c / 1024;
        }
        double var = 0;
        for (double c : frame.counts()) {
            var += (c - mean) * (c - mean) / 1023;
        }
        assertThat(mean).isCloseTo(300, offset(0.6));
        assertThat(Math.sqrt(var)).isCloseTo(4.0, offset(0.6));
        // and the exposure moved the lab clock
        assertThat(lab.clock().in(Unit.SECOND)).isEqualTo(2.0);
    }

    @Test
    void a_dot_shows_as_a_peak_at_its_centre_and_a_finer_grating_spreads_it_over_more_pixels() {
        SimulatedLab lab = SimFixtures.steadyLab(42);
        lab.mount(SimFixtures.GLASS_FILM);
        QuantumDot dot = SimFixtures.onIsolatedDot(lab);
        lab.cwLaser().setPower(SimFixtures.microwatt(1));
        lab.cwLaser().setEnabled(true);
        double centre = dot.centreWavelength().in(Unit.NANOMETRE);
        lab.spectrometer().setCentreWavelength(dot.centreWavelength());
        lab.spectrometer().setGrating(150);
        SpectrumFrame coarse = lab.spectrometer().acquire();
        lab.spectrometer().setGrating(1200);
        SpectrumFrame fine = lab.spectrometer().acquire();
        // the coarse frame's maximum is within a few nm of the dot's centre
        assertThat(coarse.wavelengthsNm()[argmax(coarse.counts())]).isCloseTo(centre, offset(5.0));
        // the fine grating covers ~8× less wavelength
        double coarseSpan = coarse.wavelengthsNm()[1023] - coarse.wavelengthsNm()[0];
        double fineSpan = fine.wavelengthsNm()[1023] - fine.wavelengthsNm()[0];
        assertThat(coarseSpan / fineSpan).isBetween(6.0, 10.0);
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }
}
