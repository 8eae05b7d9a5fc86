package org.photonledger.domain.cavity;

import static org.hamcrest.Matchers.containsString;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photonledger.domain.InMemoryAggregates;
import org.photonledger.domain.PaperHistory;
import org.photonledger.domain.film.Film;
import org.photonledger.domain.film.FilmId;
import org.photonledger.domain.film.FilmSpinCoated;
import org.photonledger.domain.film.FilmStepVoided;
import org.photonledger.domain.film.FilmSubstrate;
import org.photonledger.domain.mirror.Mirror;
import org.photonledger.domain.mirror.MirrorId;
import org.photonledger.domain.mirror.MirrorStepVoided;
import org.photonledger.domain.protocol.Farrow2024Protocol;
import org.photonledger.domain.sample.SampleId;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.units.Unit;

/** The rule that needs three aggregates: a planar mirror carrying the film, and a featured mirror with the feature. */
class CavityAssemblyTest {

    static final CavityId CAVITY = new CavityId("cavity-1");
    static final StepId STEP = new StepId("step-assembly");
    static final MirrorId PLANAR = new MirrorId("mirror-planar");
    static final MirrorId OTHER_PLANAR = new MirrorId("mirror-planar-2");
    static final MirrorId FEATURED = new MirrorId("mirror-featured");
    static final MirrorId UNMEASURED = new MirrorId("mirror-featured-unmeasured");
    static final FilmId FILM = new FilmId("film-1");
    static final FilmId FILM_ON_GLASS = new FilmId("film-glass");
    static final FilmId FILM_ELSEWHERE = new FilmId("film-elsewhere");
    static final FilmId VOIDED_FILM = new FilmId("film-voided");
    static final DotSelection DOT = new DotSelection("dot 7", PlanePosition.of(12.5, -3.2, Unit.MICROMETRE));

    private FixtureConfiguration<Cavity> fixture;

    @BeforeEach
    void setUp() {
        InMemoryAggregates others = new InMemoryAggregates();
        others.given(Mirror.class, PLANAR.value(), PaperHistory.planarMirror(PLANAR));
        others.given(Mirror.class, OTHER_PLANAR.value(), PaperHistory.planarMirror(OTHER_PLANAR));
        others.given(Mirror.class, FEATURED.value(), PaperHistory.featuredMirror(FEATURED));
        others.given(Mirror.class, UNMEASURED.value(), PaperHistory.featuredMirror(UNMEASURED));
        others.given(Mirror.class, UNMEASURED.value(), new MirrorStepVoided(UNMEASURED, PaperHistory.REFLECTIVITY,
                "trace was of another mirror"));
        film(others, FILM, FilmSubstrate.planarMirror(PLANAR));
        film(others, FILM_ON_GLASS, FilmSubstrate.coverslip(null));
        film(others, FILM_ELSEWHERE, FilmSubstrate.planarMirror(OTHER_PLANAR));
        film(others, VOIDED_FILM, FilmSubstrate.planarMirror(PLANAR));
        others.given(Film.class, VOIDED_FILM.value(), new FilmStepVoided(VOIDED_FILM, new StepId("step-spin"), "washed off"));
        fixture = new AggregateTestFixture<>(Cavity.class);
        fixture.registerAnnotatedCommandHandler(new CavityAssemblyHandler(others.repository(Mirror.class),
                others.repository(Film.class), fixture.getRepository()));
    }

    private static void film(InMemoryAggregates others, FilmId id, FilmSubstrate substrate) {
        others.given(Film.class, id.value(), new FilmSpinCoated(id, new StepId("step-spin"), new SampleId("sample-pmma"),
                substrate, null, Farrow2024Protocol.spinCoating()));
    }

    static AssembleCavity assemble(MirrorId planar, FilmId film, MirrorId featured, String feature) {
        return new AssembleCavity(CAVITY, STEP, planar, film, featured, feature, DOT);
    }

    @Test
    void a_cavity_is_assembled_from_a_planar_mirror_with_its_film_and_a_featured_mirrors_feature() {
        // given finished mirrors and a film on the planar one
        fixture.givenNoPriorActivity()
                // when
                .when(assemble(PLANAR, FILM, FEATURED, "A1"))
                // then the feature and both reflectivities are copied into the cavity's record
                .expectEvents(new CavityAssembled(CAVITY, STEP, PLANAR, FILM, FEATURED,
                        Farrow2024Protocol.feature("A1", PlanePosition.of(-20, 0, Unit.MICROMETRE)), DOT,
                        Farrow2024Protocol.planarReflectivity(), Farrow2024Protocol.featuredReflectivity()));
    }

    @Test
    void the_film_must_lie_on_the_planar_mirror() {
        fixture.givenNoPriorActivity()
                .when(assemble(PLANAR, FILM_ELSEWHERE, FEATURED, "A1"))
                .expectNoEvents()
                .expectExceptionMessage(containsString("filmId: film film-elsewhere lies on mirror mirror-planar-2, not on "
                        + "planar mirror mirror-planar"));
    }

    @Test
    void a_film_on_a_coverslip_cannot_be_in_a_cavity() {
        fixture.givenNoPriorActivity()
                .when(assemble(PLANAR, FILM_ON_GLASS, FEATURED, "A1"))
                .expectNoEvents()
                .expectExceptionMessage(containsString("filmId: film film-glass lies on a glass coverslip"));
    }

    @Test
    void a_voided_film_cannot_be_in_a_cavity() {
        fixture.givenNoPriorActivity()
                .when(assemble(PLANAR, VOIDED_FILM, FEATURED, "A1"))
                .expectNoEvents()
                .expectExceptionMessage(containsString("filmId: film film-voided was voided"));
    }

    @Test
    void mirrors_in_the_wrong_roles_are_both_named() {
        fixture.givenNoPriorActivity()
                .when(assemble(FEATURED, FILM, PLANAR, "A1"))
                .expectNoEvents()
                .expectException(org.hamcrest.Matchers.<Throwable>hasToString(org.hamcrest.Matchers.stringContainsInOrder(
                        "planarMirrorId: mirror mirror-featured is a featured mirror; the dot must sit on a planar mirror",
                        "featuredMirrorId: mirror mirror-planar is a planar mirror; the cavity needs a featured mirror")));
    }

    @Test
    void the_chosen_feature_must_exist_on_the_featured_mirror() {
        fixture.givenNoPriorActivity()
                .when(assemble(PLANAR, FILM, FEATURED, "Z9"))
                .expectNoEvents()
                .expectExceptionMessage(containsString("featureLabel: mirror mirror-featured has no feature labelled 'Z9'"));
    }

    @Test
    void a_featured_mirror_without_a_reflectivity_measurement_is_not_finished() {
        fixture.givenNoPriorActivity()
                .when(assemble(PLANAR, FILM, UNMEASURED, "A1"))
                .expectNoEvents()
                .expectExceptionMessage(containsString("featuredMirrorId: mirror mirror-featured-unmeasured is not "
                        + "finished: missing step 'reflectivity characterised'"));
    }

    @Test
    void unknown_mirrors_and_films_are_named() {
        fixture.givenNoPriorActivity()
                .when(assemble(new MirrorId("mirror-x"), new FilmId("film-x"), new MirrorId("mirror-y"), "A1"))
                .expectNoEvents()
                .expectException(org.hamcrest.Matchers.<Throwable>hasToString(org.hamcrest.Matchers.stringContainsInOrder(
                        "planarMirrorId: no mirror with this id exists", "filmId: no film with this id exists",
                        "featuredMirrorId: no mirror with this id exists")));
    }

    @Test
    void the_same_mirror_cannot_be_both_sides() {
        fixture.givenNoPriorActivity()
                .when(assemble(PLANAR, FILM, PLANAR, "A1"))
                .expectNoEvents()
                .expectExceptionMessage(containsString("featuredMirrorId: must be another mirror than the planar one"));
    }

    @Test
    void a_mirror_id_of_a_film_is_not_taken_for_a_mirror() {
        fixture.givenNoPriorActivity()
                .when(assemble(new MirrorId(FILM.value()), FILM, FEATURED, "A1"))
                .expectNoEvents()
                .expectExceptionMessage(containsString("planarMirrorId: no mirror with this id exists"));
    }
}
