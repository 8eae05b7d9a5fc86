package org.photonledger.domain.film;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photonledger.domain.InMemoryAggregates;
import org.photonledger.domain.PaperHistory;
import org.photonledger.domain.PaperLots;
import org.photonledger.domain.mirror.Mirror;
import org.photonledger.domain.mirror.MirrorId;
import org.photonledger.domain.protocol.Farrow2024Protocol;
import org.photonledger.domain.sample.EdtaTreatmentRecorded;
import org.photonledger.domain.sample.ParentRef;
import org.photonledger.domain.sample.QdSample;
import org.photonledger.domain.sample.SampleDiscarded;
import org.photonledger.domain.sample.SampleId;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.synthesis.BatchId;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

class FilmTest {

    static final FilmId FILM = new FilmId("film-1");
    static final StepId SPIN = new StepId("step-spin");
    static final StepId DENSITY = new StepId("step-density");
    static final SampleId SAMPLE = new SampleId("sample-pmma");
    static final SampleId USED_UP = new SampleId("sample-used-up");
    static final MirrorId PLANAR = new MirrorId("mirror-planar");
    static final MirrorId UNCOATED = new MirrorId("mirror-uncoated");
    static final MirrorId FEATURED = new MirrorId("mirror-featured");

    private FixtureConfiguration<Film> fixture;

    @BeforeEach
    void setUp() {
        InMemoryAggregates others = new InMemoryAggregates();
        var edta = new EdtaTreatmentRecorded(SAMPLE, new StepId("s"), List.of(ParentRef.batch(new BatchId("batch-1"))),
                null, Farrow2024Protocol.edtaTreatment(PaperLots.EDTA));
        others.given(QdSample.class, SAMPLE.value(), edta);
        others.given(QdSample.class, USED_UP.value(), new EdtaTreatmentRecorded(USED_UP, edta.stepId(), edta.parents(),
                null, edta.values()), new SampleDiscarded(USED_UP, "used up"));
        others.given(Mirror.class, PLANAR.value(), PaperHistory.planarMirror(PLANAR));
        others.given(Mirror.class, UNCOATED.value(), PaperHistory.planarMirror(UNCOATED)[0]);
        others.given(Mirror.class, FEATURED.value(), PaperHistory.featuredMirror(FEATURED));
        fixture = new AggregateTestFixture<>(Film.class);
        fixture.registerAnnotatedCommandHandler(new SpinCoatingHandler(others.repository(QdSample.class),
                others.repository(Mirror.class), fixture.getRepository()));
    }

    static SpinCoatFilm onto(FilmSubstrate substrate) {
        return new SpinCoatFilm(FILM, SPIN, SAMPLE, substrate, "film A", Farrow2024Protocol.spinCoating());
    }

    static DensityMeasurement measured(double perTenSquareMicrometres) {
        return new DensityMeasurement(Quantity.of(perTenSquareMicrometres, Unit.PER_TEN_SQUARE_MICROMETRES),
                "confocal scan, 50 µm × 50 µm");
    }

    @Test
    void a_film_is_spin_coated_onto_a_finished_planar_mirror() {
        fixture.givenNoPriorActivity()
                .when(onto(FilmSubstrate.planarMirror(PLANAR)))
                .expectEvents(new FilmSpinCoated(FILM, SPIN, SAMPLE, FilmSubstrate.planarMirror(PLANAR), "film A",
                        Farrow2024Protocol.spinCoating()));
    }

    @Test
    void a_film_can_go_onto_a_glass_coverslip() {
        fixture.givenNoPriorActivity()
                .when(onto(FilmSubstrate.coverslip("No. 1.5, 22 mm")))
                .expectEvents(new FilmSpinCoated(FILM, SPIN, SAMPLE, FilmSubstrate.coverslip("No. 1.5, 22 mm"), "film A",
                        Farrow2024Protocol.spinCoating()));
    }

    @Test
    void a_film_never_goes_onto_a_featured_mirror() {
        fixture.givenNoPriorActivity()
                .when(onto(FilmSubstrate.planarMirror(FEATURED)))
                .expectNoEvents()
                .expectExceptionMessage(containsString("substrate.mirrorId: mirror mirror-featured is a featured mirror; "
                        + "films go on a planar mirror or a glass coverslip"));
    }

    @Test
    void a_film_goes_onto_a_mirror_only_after_its_coating() {
        fixture.givenNoPriorActivity()
                .when(onto(FilmSubstrate.planarMirror(UNCOATED)))
                .expectNoEvents()
                .expectExceptionMessage(containsString("missing step 'DBR coated'"));
    }

    @Test
    void an_unknown_mirror_is_named() {
        fixture.givenNoPriorActivity()
                .when(onto(FilmSubstrate.planarMirror(new MirrorId("mirror-nope"))))
                .expectNoEvents()
                .expectExceptionMessage(containsString("substrate.mirrorId: no mirror with this id exists"));
    }

    @Test
    void a_discarded_sample_cannot_be_spin_coated() {
        fixture.givenNoPriorActivity()
                .when(new SpinCoatFilm(FILM, SPIN, USED_UP, FilmSubstrate.planarMirror(PLANAR), null,
                        Farrow2024Protocol.spinCoating()))
                .expectNoEvents()
                .expectExceptionMessage(containsString("sampleId: sample sample-used-up was discarded (used up)"));
    }

    @Test
    void the_acceptable_density_range_must_contain_the_target() {
        var s = Farrow2024Protocol.spinCoating();
        var inverted = new SpinCoating(s.speed(), s.duration(), s.solvent(), Quantity.of(6, Unit.PER_TEN_SQUARE_MICROMETRES),
                s.acceptableDensityLow(), s.acceptableDensityHigh());
        fixture.givenNoPriorActivity()
                .when(new SpinCoatFilm(FILM, SPIN, SAMPLE, FilmSubstrate.planarMirror(PLANAR), null, inverted))
                .expectNoEvents()
                .expectExceptionMessage(containsString("acceptableDensityHigh: must not be below the target density "
                        + "(6 per 10 µm²)"));
    }

    @Test
    void a_spin_speed_beyond_what_a_spin_coater_does_is_refused() {
        var s = Farrow2024Protocol.spinCoating();
        var tooFast = new SpinCoating(Quantity.of(40_000, Unit.RPM), s.duration(), s.solvent(), s.targetDensity(),
                s.acceptableDensityLow(), s.acceptableDensityHigh());
        fixture.givenNoPriorActivity()
                .when(new SpinCoatFilm(FILM, SPIN, SAMPLE, FilmSubstrate.planarMirror(PLANAR), null, tooFast))
                .expectNoEvents()
                .expectExceptionMessage(containsString("speed: must be > 0 and ≤ 12000 rpm"));
    }

    @Test
    void the_measured_density_is_recorded_later() {
        fixture.givenCommands(onto(FilmSubstrate.planarMirror(PLANAR)))
                .when(new RecordFilmDensity(FILM, DENSITY, measured(2)))
                .expectEvents(new FilmDensityMeasured(FILM, DENSITY, measured(2)));
    }

    @Test
    void a_density_correction_needs_a_reason() {
        fixture.givenCommands(onto(FilmSubstrate.planarMirror(PLANAR)), new RecordFilmDensity(FILM, DENSITY, measured(2)))
                .when(new CorrectFilmStep(FILM, DENSITY, measured(3), null))
                .expectNoEvents()
                .expectExceptionMessage(containsString("reason: is required"));
    }

    @Test
    void a_density_is_corrected_with_a_reason() {
        fixture.givenCommands(onto(FilmSubstrate.planarMirror(PLANAR)), new RecordFilmDensity(FILM, DENSITY, measured(2)))
                .when(new CorrectFilmStep(FILM, DENSITY, measured(3), "counted a cluster as one dot"))
                .expectEvents(new DensityMeasurementCorrected(FILM, DENSITY, measured(3), "counted a cluster as one dot"));
    }

    @Test
    void the_spin_coating_cannot_be_voided_while_a_density_measurement_depends_on_it() {
        fixture.givenCommands(onto(FilmSubstrate.planarMirror(PLANAR)), new RecordFilmDensity(FILM, DENSITY, measured(2)))
                .when(new VoidFilmStep(FILM, SPIN, "wrong sample"))
                .expectNoEvents()
                .expectExceptionMessage(containsString("'density measured' (step step-density) depends on this step"));
    }

    @Test
    void a_voided_film_records_nothing_more_and_is_not_usable() {
        fixture.givenCommands(onto(FilmSubstrate.planarMirror(PLANAR)))
                .when(new VoidFilmStep(FILM, SPIN, "film dewetted; washed off"))
                .expectEvents(new FilmStepVoided(FILM, SPIN, "film dewetted; washed off"))
                .expectState(film -> assertThat(film.whyNotUsable()).hasValue("film film-1 was voided"));
    }

    @Test
    void no_density_is_recorded_for_a_voided_film() {
        fixture.givenCommands(onto(FilmSubstrate.planarMirror(PLANAR)), new VoidFilmStep(FILM, SPIN, "washed off"))
                .when(new RecordFilmDensity(FILM, DENSITY, measured(2)))
                .expectNoEvents()
                .expectExceptionMessage(containsString("filmId: was voided; nothing more can be recorded for it"));
    }
}
