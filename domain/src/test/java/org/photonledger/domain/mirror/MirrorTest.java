package org.photonledger.domain.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photonledger.domain.PaperHistory;
import org.photonledger.domain.protocol.Farrow2024Protocol;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

class MirrorTest {

    static final MirrorId FEATURED = new MirrorId("mirror-featured");
    static final MirrorId PLANAR = new MirrorId("mirror-planar");
    static final StepId NEXT = new StepId("step-next");
    private FixtureConfiguration<Mirror> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Mirror.class);
    }

    static MirrorSubstratePrepared featuredSubstrate() {
        return (MirrorSubstratePrepared) PaperHistory.featuredMirror(FEATURED)[0];
    }

    static FeaturesMilled milled() {
        return (FeaturesMilled) PaperHistory.featuredMirror(FEATURED)[1];
    }

    static DbrCoated featuredCoating() {
        return (DbrCoated) PaperHistory.featuredMirror(FEATURED)[2];
    }

    static FeatureMilling oneFeature(String label, double x, double widthMicrometres) {
        return Farrow2024Protocol.featureMilling(List.of(new MilledFeature(label, Farrow2024Protocol.FEATURE_DEPTH,
                Farrow2024Protocol.FEATURE_RADIUS_OF_CURVATURE, Quantity.of(widthMicrometres, Unit.MICROMETRE),
                PlanePosition.of(x, 0, Unit.MICROMETRE))));
    }

    @Test
    void a_featured_mirror_starts_with_its_plinth_substrate() {
        fixture.givenNoPriorActivity()
                .when(new PrepareMirrorSubstrate(FEATURED, PaperHistory.SUBSTRATE, MirrorKind.FEATURED, "plinth 1",
                        Farrow2024Protocol.plinthSubstrate()))
                .expectEvents(featuredSubstrate());
    }

    @Test
    void a_featured_mirror_needs_its_plinth_dimensions() {
        fixture.givenNoPriorActivity()
                .when(new PrepareMirrorSubstrate(FEATURED, PaperHistory.SUBSTRATE, MirrorKind.FEATURED, null,
                        Farrow2024Protocol.planarSubstrate()))
                .expectNoEvents()
                .expectExceptionMessage(containsString("plinthHeight: is required for a featured mirror"));
    }

    @Test
    void features_are_milled_only_into_a_featured_mirror() {
        fixture.given(PaperHistory.planarMirror(PLANAR)[0])
                .when(new RecordFeatureMilling(PLANAR, NEXT, oneFeature("A1", 0, 4.4)))
                .expectNoEvents()
                .expectExceptionMessage(containsString("mirrorId: is a planar mirror; only a featured mirror has milled "
                        + "features"));
    }

    @Test
    void a_featured_mirror_cannot_be_coated_before_its_features_are_milled() {
        fixture.given(featuredSubstrate())
                .when(new RecordDbrCoating(FEATURED, NEXT, Farrow2024Protocol.dbrCoating(17)))
                .expectNoEvents()
                .expectExceptionMessage(containsString("missing step 'features milled'"));
    }

    @Test
    void features_cannot_be_milled_after_coating() {
        fixture.given(featuredSubstrate(), milled(), featuredCoating())
                .when(new RecordFeatureMilling(FEATURED, NEXT, oneFeature("B1", 0, 4.4)))
                .expectNoEvents()
                .expectExceptionMessage(containsString("is already DBR-coated (step step-coating); features must be "
                        + "milled before coating"));
    }

    @Test
    void reflectivity_cannot_be_characterised_before_coating() {
        fixture.given(PaperHistory.planarMirror(PLANAR)[0])
                .when(new RecordReflectivity(PLANAR, NEXT, Farrow2024Protocol.planarReflectivity()))
                .expectNoEvents()
                .expectExceptionMessage(containsString("missing step 'DBR coated'"));
    }

    @Test
    void a_planar_mirror_needs_no_milling_before_coating() {
        fixture.given(PaperHistory.planarMirror(PLANAR)[0])
                .when(new RecordDbrCoating(PLANAR, NEXT, Farrow2024Protocol.dbrCoating(9)))
                .expectEvents(new DbrCoated(PLANAR, NEXT, Farrow2024Protocol.dbrCoating(9)));
    }

    @Test
    void a_feature_cannot_be_wider_than_its_sphere() {
        fixture.given(featuredSubstrate())
                .when(new RecordFeatureMilling(FEATURED, NEXT, oneFeature("B1", 0, 17)))
                .expectNoEvents()
                .expectExceptionMessage(containsString("features[0].width: must not exceed twice the radius of curvature "
                        + "(8 µm)"));
    }

    @Test
    void a_feature_must_lie_on_the_plinth_top() {
        fixture.given(featuredSubstrate())
                .when(new RecordFeatureMilling(FEATURED, NEXT, oneFeature("B1", 151, 4.4)))
                .expectNoEvents()
                .expectExceptionMessage(containsString("features[0].position: must lie on the plinth top (±150 µm × ±150 µm"));
    }

    @Test
    void feature_labels_are_unique_on_a_mirror() {
        fixture.given(featuredSubstrate(), milled())
                .when(new RecordFeatureMilling(FEATURED, NEXT, oneFeature("A1", 50, 4.4)))
                .expectNoEvents()
                .expectExceptionMessage(containsString("features[0].label: is already used by a feature of mirror "
                        + "mirror-featured"));
    }

    @Test
    void a_perfect_reflectivity_is_refused() {
        fixture.given(PaperHistory.planarMirror(PLANAR)[0], PaperHistory.planarMirror(PLANAR)[1])
                .when(new RecordReflectivity(PLANAR, NEXT, new ReflectivityMeasurement(Quantity.of(690, Unit.NANOMETRE),
                        Quantity.of(100, Unit.PERCENT), null, false)))
                .expectNoEvents()
                .expectExceptionMessage(containsString("reflectivity: must be below 100 %"));
    }

    @Test
    void the_latest_reflectivity_counts_and_a_finished_mirror_is_usable() {
        var remeasured = new ReflectivityMeasurement(Quantity.of(677, Unit.NANOMETRE), Quantity.of(97.2, Unit.PERCENT),
                Quantity.of(0.5, Unit.PERCENT), false);
        fixture.given(PaperHistory.planarMirror(PLANAR))
                .when(new RecordReflectivity(PLANAR, NEXT, remeasured))
                .expectEvents(new ReflectivityCharacterised(PLANAR, NEXT, remeasured))
                .expectState(mirror -> {
                    assertThat(mirror.latestReflectivity()).hasValue(remeasured);
                    assertThat(mirror.whyNotUsable()).isEmpty();
                });
    }

    @Test
    void an_unfinished_mirror_says_which_step_is_missing() {
        fixture.given(featuredSubstrate(), milled())
                .when(new RecordDbrCoating(FEATURED, NEXT, Farrow2024Protocol.dbrCoating(17)))
                .expectState(mirror -> assertThat(mirror.whyNotUsable()).hasValue(
                        "mirror mirror-featured is not finished: missing step 'reflectivity characterised'"));
    }

    @Test
    void a_correction_needs_a_reason() {
        fixture.given(PaperHistory.planarMirror(PLANAR))
                .when(new CorrectMirrorStep(PLANAR, PaperHistory.REFLECTIVITY, Farrow2024Protocol.featuredReflectivity(), ""))
                .expectNoEvents()
                .expectExceptionMessage(containsString("reason: is required"));
    }

    @Test
    void a_correction_replaces_a_steps_values() {
        var corrected = new ReflectivityMeasurement(Quantity.of(690, Unit.NANOMETRE), Quantity.of(97.8, Unit.PERCENT),
                Quantity.of(0.5, Unit.PERCENT), false);
        fixture.given(PaperHistory.planarMirror(PLANAR))
                .when(new CorrectMirrorStep(PLANAR, PaperHistory.REFLECTIVITY, corrected, "read the wrong trace"))
                .expectEvents(new ReflectivityMeasurementCorrected(PLANAR, PaperHistory.REFLECTIVITY, corrected,
                        "read the wrong trace"))
                .expectState(mirror -> assertThat(mirror.latestReflectivity()).hasValue(corrected));
    }

    @Test
    void a_correction_must_carry_values_of_the_same_kind() {
        fixture.given(PaperHistory.planarMirror(PLANAR))
                .when(new CorrectMirrorStep(PLANAR, PaperHistory.COATING, Farrow2024Protocol.planarReflectivity(), "oops"))
                .expectNoEvents()
                .expectExceptionMessage(containsString("step step-coating is a 'DBR coated' step"));
    }

    @Test
    void the_coating_cannot_be_voided_while_a_reflectivity_measurement_depends_on_it() {
        fixture.given(PaperHistory.planarMirror(PLANAR))
                .when(new VoidMirrorStep(PLANAR, PaperHistory.COATING, "coating run was for another substrate"))
                .expectNoEvents()
                .expectExceptionMessage(containsString("'reflectivity characterised' (step step-reflectivity) depends on "
                        + "this step; void that first"));
    }

    @Test
    void a_voided_reflectivity_leaves_the_mirror_unfinished() {
        fixture.given(PaperHistory.planarMirror(PLANAR))
                .when(new VoidMirrorStep(PLANAR, PaperHistory.REFLECTIVITY, "spectrometer not calibrated"))
                .expectEvents(new MirrorStepVoided(PLANAR, PaperHistory.REFLECTIVITY, "spectrometer not calibrated"))
                .expectState(mirror -> assertThat(mirror.whyNotUsable()).hasValue(
                        "mirror mirror-planar is not finished: missing step 'reflectivity characterised'"));
    }

    @Test
    void a_void_needs_a_reason() {
        fixture.given(PaperHistory.planarMirror(PLANAR))
                .when(new VoidMirrorStep(PLANAR, PaperHistory.REFLECTIVITY, "  "))
                .expectNoEvents()
                .expectExceptionMessage(containsString("reason: is required"));
    }
}
