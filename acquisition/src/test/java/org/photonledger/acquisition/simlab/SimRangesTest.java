package org.photonledger.acquisition.simlab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photonledger.acquisition.instrument.InstrumentException;
import org.photonledger.acquisition.instrument.Specimen;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

class SimRangesTest {

    private SimulatedLab lab;

    @BeforeEach
    void mount() {
        lab = new SimulatedLab(3);
        lab.mount(SimFixtures.GLASS_FILM);
    }

    @Test
    void lasers_refuse_powers_and_rates_outside_their_ranges_naming_laser_value_and_limit() {
        assertThatThrownBy(() -> lab.cwLaser().setPower(Quantity.of(12, Unit.MILLIWATT)))
                .isInstanceOf(InstrumentException.class)
                .hasMessage("cw-laser: power 12 mW is above the maximum of 10 mW (allowed 0–10 mW)");
        assertThatThrownBy(() -> lab.cwLaser().setPower(Quantity.of(-1, Unit.MICROWATT)))
                .hasMessageContaining("cw-laser: power -1 µW is below the minimum of 0 mW");
        assertThatThrownBy(() -> lab.pulsedLaser().setRepetitionRate(Quantity.of(300, Unit.MEGAHERTZ)))
                .hasMessage("pulsed-laser: repetition rate 300 MHz is above the maximum of 80 MHz (allowed 1–80 MHz)");
        assertThatThrownBy(() -> lab.pulsedLaser().setRepetitionRate(Quantity.of(500, Unit.KILOHERTZ)))
                .hasMessageContaining("below the minimum of 1 MHz");
        assertThatThrownBy(() -> lab.pulsedLaser().setPower(Quantity.of(532, Unit.NANOMETRE)))
                .hasMessage("pulsed-laser: average power must be given in W, mW, µW, nW, got 532 nm");
    }

    @Test
    void stage_piezo_polariser_environment_and_spectrometer_refuse_what_they_cannot_do() {
        assertThatThrownBy(() -> lab.stage().moveTo(PlanePosition.of(60, 0, Unit.MICROMETRE)))
                .hasMessage("stage: x 60 µm is above the maximum of 50 µm (allowed -50–50 µm)");
        assertThatThrownBy(() -> lab.cavityPiezo().setLength(Quantity.of(30, Unit.MICROMETRE)))
                .hasMessageStartingWith("cavity-piezo: length 30 µm is above the maximum of 20 µm");
        assertThatThrownBy(() -> lab.polariser().setAngle(Quantity.of(400, Unit.DEGREE)))
                .hasMessageStartingWith("polariser: angle 400 ° is above the maximum of 360 °");
        assertThatThrownBy(() -> lab.environment().setTemperature(Quantity.of(100, Unit.KELVIN)))
                .hasMessage("environment: temperature 100 K is not a set point; allowed 4 K (cryostat) or 295 K "
                        + "(room temperature, in air)");
        assertThatThrownBy(() -> lab.spectrometer().setGrating(1800))
                .hasMessage("spectrometer: grating 1800 lines/mm is not on the turret; allowed [150, 300, 600, 1200] "
                        + "lines/mm");
        assertThatThrownBy(() -> lab.spectrometer().setExposure(Quantity.of(0, Unit.SECOND)))
                .hasMessageStartingWith("spectrometer: exposure 0 s is below the minimum of 0.001 s");
    }

    @Test
    void the_tagger_refuses_bad_channels_delays_durations_and_rates_it_cannot_sustain() {
        assertThatThrownBy(() -> lab.timeTagger().setChannelDelay(7, Quantity.of(1, Unit.NANOSECOND)))
                .hasMessage("time-tagger: channel 7 does not exist; channels are -1 (sync), 0 and 1");
        assertThatThrownBy(() -> lab.timeTagger().setChannelDelay(TagBlock.SYNC, Quantity.of(5, Unit.MICROSECOND)))
                .hasMessageStartingWith("time-tagger: channel delay 5 µs is above the maximum of 2000 ns");
        assertThatThrownBy(() -> lab.timeTagger().acquire(Quantity.of(2, Unit.HOUR)))
                .hasMessageStartingWith("time-tagger: acquisition time 2 h is above the maximum of 3600 s");
        // a dense film under 10 mW would give far more than the Time Tagger 20's 9 M tags/s
        lab.mount(new Specimen.Film("dense", Quantity.of(50, Unit.PER_SQUARE_MICROMETRE), true, 1L));
        lab.cwLaser().setPower(Quantity.of(10, Unit.MILLIWATT));
        lab.cwLaser().setEnabled(true);
        assertThatThrownBy(() -> lab.timeTagger().acquire(Quantity.of(1, Unit.SECOND)))
                .isInstanceOf(InstrumentException.class)
                .hasMessageContaining("time-tagger: the expected tag rate of")
                .hasMessageContaining("is above the sustained maximum of 9.00e+06 tags/s");
    }

    @Test
    void both_lasers_at_once_are_refused_when_an_acquisition_starts() {
        lab.cwLaser().setEnabled(true);
        lab.pulsedLaser().setEnabled(true);
        assertThatThrownBy(() -> lab.timeTagger().acquire(Quantity.of(1, Unit.MILLISECOND)))
                .hasMessageContaining("cw-laser and pulsed-laser are both enabled");
        assertThatThrownBy(() -> lab.spectrometer().acquire())
                .hasMessageContaining("cw-laser and pulsed-laser are both enabled");
    }

    @Test
    void a_refused_setting_leaves_the_instrument_as_it_was() {
        lab.cwLaser().setPower(Quantity.of(3, Unit.MICROWATT));
        assertThatThrownBy(() -> lab.cwLaser().setPower(Quantity.of(1, Unit.WATT)));
        assertThat(lab.cwLaser().power()).isEqualTo(Quantity.of(3, Unit.MICROWATT));
    }
}
