package org.photonledger.acquisition.simlab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.photonledger.acquisition.instrument.Specimen;
import org.photonledger.domain.measurement.InstrumentSettings;
import org.photonledger.domain.measurement.InstrumentSnapshot;
import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

class SimSpecimenTest {

    @Test
    void the_snapshot_reports_every_instrument_and_the_truth_of_the_dot_in_focus() {
        // given a dot under pulsed light
        SimulatedLab lab = new SimulatedLab(31);
        lab.mount(SimFixtures.GLASS_FILM);
        QuantumDot dot = SimFixtures.onIsolatedDot(lab);
        lab.pulsedLaser().setEnabled(true);
        // when
        InstrumentSnapshot snapshot = lab.snapshot();
        // then every port's instrument and the specimen appear once, each with settings
        assertThat(snapshot.instrumentSet()).isEqualTo("simulated-lab-1");
        assertThat(snapshot.instruments()).extracting(InstrumentSettings::instrument).containsExactly("cw-laser",
                "pulsed-laser", "stage", "cavity-piezo", "objective", "environment", "spectrometer", "polariser",
                "filter-1", "filter-2", "spad-1", "spad-2", "time-tagger", "specimen");
        for (InstrumentSettings i : snapshot.instruments()) {
            Set<String> names = new HashSet<>();
            assertThat(i.settings()).isNotEmpty();
            i.settings().forEach(s -> assertThat(names.add(s.name())).as(i.instrument() + " " + s.name()).isTrue());
        }
        assertThat(snapshot.setting("specimen", "sim.truth.dot.0.id").orElseThrow().value()).isEqualTo(dot.id());
        assertThat(snapshot.setting("specimen", "sim.truth.dot.0.freeLifetime").orElseThrow().display())
                .isEqualTo(dot.lifetimeRoomTemperature().value() + " ns");
        assertThat(snapshot.setting("specimen", "sim.truth.dot.0.g2Zero")).isPresent();
        assertThat(snapshot.setting("specimen", "sim.model.rt.blinking.meanOn").orElseThrow().display())
                .isEqualTo("80.0 ms");
        assertThat(snapshot.setting("spad-1", "deadTime").orElseThrow().display()).isEqualTo("22.0 ns");
        assertThat(snapshot.setting("time-tagger", "mode").orElseThrow().value()).isEqualTo("T3");
        assertThat(snapshot.setting("pulsed-laser", "repetitionRate").orElseThrow().display()).isEqualTo("5.0 MHz");
    }

    @Test
    void a_dot_bleaches_after_its_dose_and_stays_dark_also_when_its_film_is_mounted_again() {
        // given dots that bleach after about 10⁸ absorbed photons (a few seconds at saturation)
        DotModel fragile = DotModel.defaults().steady().withRoomTemperature(DotModel.defaults().steady()
                .roomTemperature().withMeanBleachingDose(Quantity.of(1e8, Unit.ONE)));
        SimulatedLab lab = new SimulatedLab(32, LabModel.defaults().withDots(fragile));
        lab.mount(SimFixtures.GLASS_FILM);
        QuantumDot dot = SimFixtures.onIsolatedDot(lab);
        lab.cwLaser().setPower(SimFixtures.microwatt(2));
        lab.cwLaser().setEnabled(true);
        // when it is excited for a minute (dose ≈ 5·10⁹, fifty mean doses) in 0.1 s acquisitions
        double first = SimFixtures.acquire(lab, 0.1).size();
        lab.timeTagger().acquire(Quantity.of(60, Unit.SECOND));
        double later = SimFixtures.acquire(lab, 0.1).size();
        lab.mount(new Specimen.Film("another-film", null, false, 5L));
        lab.mount(SimFixtures.GLASS_FILM);
        lab.stage().moveTo(dot.position());
        lab.cwLaser().setPower(SimFixtures.microwatt(2));
        lab.cwLaser().setEnabled(true);
        double remounted = SimFixtures.acquire(lab, 0.1).size();
        // then it was bright, then only dark counts and background are left (≈ 2·100 cps + background)
        assertThat(first).isGreaterThan(20_000);
        assertThat(later).isLessThan(500);
        assertThat(remounted).isLessThan(500);
        assertThat(lab.snapshot().setting("specimen", "sim.truth.dot.0.bleached").orElseThrow().value())
                .isEqualTo("true");
    }

    @Test
    void the_film_has_as_many_dots_as_its_density_says() {
        // given a film at the paper's target density of 1 per 10 µm²
        SimulatedLab lab = new SimulatedLab(33);
        lab.mount(new Specimen.Film("density", Quantity.of(1, Unit.PER_TEN_SQUARE_MICROMETRES), true, 77L));
        // when the dots of a 90 µm wide disc are counted (within the ±50 µm stage travel)
        int n = lab.dots(PlanePosition.of(0, 0, Unit.MICROMETRE), Quantity.of(45, Unit.MICROMETRE)).size();
        // then there are 0.1 µm⁻² · π · 45² µm² = 636 ± 4·√636 of them (Poisson)
        double expected = 0.1 * Math.PI * 45 * 45;
        assertThat((double) n).isBetween(expected - 4 * Math.sqrt(expected), expected + 4 * Math.sqrt(expected));
    }

    @Test
    void without_a_specimen_the_detectors_see_dark_counts_and_the_snapshot_says_so() {
        SimulatedLab lab = new SimulatedLab(35);
        lab.cwLaser().setEnabled(true);
        assertThat(lab.mounted()).isNull();
        double n = SimFixtures.acquire(lab, 10).size();
        // 2 × 100 cps dark counts (+ 0.5 % afterpulses) for 10 s: 2010 ± 4·45
        assertThat(n).isBetween(2010 - 180.0, 2010 + 180.0);
        assertThat(lab.snapshot().setting("specimen", "sim.specimen.kind").orElseThrow().value()).isEqualTo("none");
    }

    @Test
    void the_snapshot_does_not_fail_when_an_acquisition_would_be_refused() {
        SimulatedLab lab = new SimulatedLab(36);
        lab.mount(SimFixtures.GLASS_FILM);
        lab.cwLaser().setEnabled(true);
        lab.pulsedLaser().setEnabled(true);
        assertThat(lab.snapshot().setting("specimen", "sim.truth").orElseThrow().value())
                .startsWith("not available: simulated-lab-1: cw-laser and pulsed-laser are both enabled");
    }

    @Test
    void mounting_resets_the_instruments_to_idle() {
        SimulatedLab lab = new SimulatedLab(34);
        lab.mount(SimFixtures.GLASS_FILM);
        lab.cwLaser().setEnabled(true);
        lab.polariser().setInserted(true);
        lab.environment().setTemperature(Quantity.of(4, Unit.KELVIN));
        lab.stage().moveTo(PlanePosition.of(10, 10, Unit.MICROMETRE));
        lab.mount(SimFixtures.MIRROR_FILM);
        assertThat(lab.mounted()).isEqualTo(SimFixtures.MIRROR_FILM);
        assertThat(lab.cwLaser().enabled()).isFalse();
        assertThat(lab.polariser().inserted()).isFalse();
        assertThat(lab.environment().temperature()).isEqualTo(Quantity.of(295, Unit.KELVIN));
        assertThat(lab.stage().position()).isEqualTo(PlanePosition.of(0, 0, Unit.MICROMETRE));
    }
}
