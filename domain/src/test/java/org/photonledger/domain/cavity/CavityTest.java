package org.photonledger.domain.cavity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;
import static org.hamcrest.Matchers.containsString;

import java.util.function.Consumer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photonledger.domain.film.FilmId;
import org.photonledger.domain.mirror.MirrorId;
import org.photonledger.domain.protocol.Farrow2024Protocol;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/** Configuring, correcting and ending an assembled cavity; assembly itself is in {@link CavityAssemblyTest}. */
class CavityTest {

    static final CavityId CAVITY = new CavityId("cavity-1");
    static final StepId ASSEMBLY = new StepId("step-assembly");
    static final StepId CONFIG = new StepId("step-config");
    private FixtureConfiguration<Cavity> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Cavity.class);
    }

    static CavityAssembled assembled() {
        return new CavityAssembled(CAVITY, ASSEMBLY, new MirrorId("mirror-planar"), new FilmId("film-1"),
                new MirrorId("mirror-featured"), Farrow2024Protocol.feature("A1", PlanePosition.of(-20, 0, Unit.MICROMETRE)),
                new DotSelection("dot 7", PlanePosition.of(12.5, -3.2, Unit.MICROMETRE)),
                Farrow2024Protocol.planarReflectivity(), Farrow2024Protocol.featuredReflectivity());
    }

    static CavityConfigured configured(StepId step, CavityConfiguration values) {
        return new CavityConfigured(CAVITY, step, values, CavityPhysics.figures(values,
                Farrow2024Protocol.planarReflectivity(), Farrow2024Protocol.featuredReflectivity(),
                Farrow2024Protocol.FEATURE_RADIUS_OF_CURVATURE));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Matcher onlyEvent(Consumer<Object> check) {
        return payloadsMatching(exactSequenceOf(predicate(e -> {
            check.accept(e);
            return true;
        })));
    }

    @Test
    void a_configuration_is_stored_with_the_papers_purcell_factors() {
        // given
        fixture.given(assembled())
                // when
                .when(new ConfigureCavity(CAVITY, CONFIG, Farrow2024Protocol.cavityConfiguration()))
                // then
                .expectEventsMatching(onlyEvent(e -> {
                    CavityFigures f = ((CavityConfigured) e).figures();
                    assertThat(f.qualityFactor()).isEqualTo(300);
                    assertThat(f.modeVolume()).isEqualTo(Quantity.of(0.5, Unit.CUBIC_MICROMETRE));
                    assertThat(f.purcellRandomDipole()).isCloseTo(4.7, within(0.05));
                    assertThat(f.purcellAlignedDipole()).isCloseTo(14.1, within(0.05));
                    assertThat(f.radiusOfCurvature()).isEqualTo(Quantity.of(8, Unit.MICROMETRE));
                }));
    }

    @Test
    void a_cavity_is_configured_any_number_of_times() {
        var paper = Farrow2024Protocol.cavityConfiguration();
        var q4 = new CavityConfiguration(CavityPhysics.resonantLength(4, Quantity.of(690, Unit.NANOMETRE)), 4,
                TransverseMode.TEM00, Quantity.of(690, Unit.NANOMETRE), null, null);
        fixture.given(assembled(), configured(CONFIG, paper))
                .when(new ConfigureCavity(CAVITY, new StepId("step-config-2"), q4))
                .expectEvents(configured(new StepId("step-config-2"), q4));
    }

    @Test
    void a_cavity_longer_than_the_features_radius_of_curvature_needs_a_modelled_mode_volume() {
        var tooLong = new CavityConfiguration(Quantity.of(9, Unit.MICROMETRE), 27, TransverseMode.TEM00,
                Quantity.of(677, Unit.NANOMETRE), null, null);
        fixture.given(assembled())
                .when(new ConfigureCavity(CAVITY, CONFIG, tooLong))
                .expectNoEvents()
                .expectExceptionMessage(containsString("length: must be shorter than feature A1's radius of curvature "
                        + "(8 µm) for a stable Gaussian mode; otherwise give a modelled mode volume (got '9 µm')"));
    }

    @Test
    void configuration_values_are_checked_by_field() {
        var bad = new CavityConfiguration(Quantity.of(1, Unit.MICROMETRE), 0, null, Quantity.of(50, Unit.NANOMETRE),
                -1.0, null);
        fixture.given(assembled())
                .when(new ConfigureCavity(CAVITY, CONFIG, bad))
                .expectNoEvents()
                .expectException(org.hamcrest.Matchers.<Throwable>hasToString(org.hamcrest.Matchers.stringContainsInOrder(
                        "longitudinalModeIndex: must be in [1, 10000]", "transverseMode: is required",
                        "resonanceWavelength: must be ≥ 200 and ≤ 2000 nm", "measuredFinesse: must be in (0, 10000000]")));
    }

    @Test
    void a_disassembled_cavity_can_no_longer_be_configured() {
        fixture.given(assembled(), configured(CONFIG, Farrow2024Protocol.cavityConfiguration()),
                        new CavityDisassembled(CAVITY, "measurements done"))
                .when(new ConfigureCavity(CAVITY, new StepId("step-config-2"), Farrow2024Protocol.cavityConfiguration()))
                .expectNoEvents()
                .expectExceptionMessage(containsString(
                        "cavityId: was disassembled (measurements done); it can no longer be configured"));
    }

    @Test
    void disassembly_ends_the_cavitys_life_once() {
        fixture.given(assembled())
                .when(new DisassembleCavity(CAVITY, null))
                .expectEvents(new CavityDisassembled(CAVITY, null))
                .expectState(cavity -> assertThat(cavity.whyNotConfigurable()).hasValue(
                        "was disassembled; it can no longer be configured"));
    }

    @Test
    void a_cavity_is_disassembled_only_once() {
        fixture.given(assembled(), new CavityDisassembled(CAVITY, null))
                .when(new DisassembleCavity(CAVITY, "again"))
                .expectNoEvents()
                .expectExceptionMessage(containsString("cavityId: was already disassembled"));
    }

    @Test
    void a_corrected_configuration_gets_its_figures_derived_again() {
        var paper = Farrow2024Protocol.cavityConfiguration();
        var corrected = new CavityConfiguration(paper.length(), paper.longitudinalModeIndex(), paper.transverseMode(),
                paper.resonanceWavelength(), 120.0, paper.modelledModeVolume());
        fixture.given(assembled(), configured(CONFIG, paper))
                .when(new CorrectCavityStep(CAVITY, CONFIG, corrected, "finesse fit used the wrong linewidth"))
                .expectEventsMatching(onlyEvent(e -> {
                    var c = (CavityConfigurationCorrected) e;
                    assertThat(c.reason()).isEqualTo("finesse fit used the wrong linewidth");
                    assertThat(c.figures().qualityFactor()).isEqualTo(360);
                    assertThat(c.figures().purcellAlignedDipole()).isCloseTo(14.147 * 1.2, within(1e-3));
                }));
    }

    @Test
    void past_configurations_can_still_be_corrected_after_disassembly() {
        var paper = Farrow2024Protocol.cavityConfiguration();
        var corrected = new CavityConfiguration(paper.length(), paper.longitudinalModeIndex(), paper.transverseMode(),
                Quantity.of(677.4, Unit.NANOMETRE), paper.measuredFinesse(), paper.modelledModeVolume());
        fixture.given(assembled(), configured(CONFIG, paper), new CavityDisassembled(CAVITY, "done"))
                .when(new CorrectCavityStep(CAVITY, CONFIG, corrected, "wavelength read from the fitted peak"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_correction_needs_a_reason() {
        fixture.given(assembled())
                .when(new CorrectCavityStep(CAVITY, ASSEMBLY, new DotSelection("dot 8", PlanePosition.of(1, 1,
                        Unit.MICROMETRE)), "\t"))
                .expectNoEvents()
                .expectExceptionMessage(containsString("reason: is required"));
    }

    @Test
    void the_chosen_dot_can_be_corrected() {
        var dot = new DotSelection("dot 8", PlanePosition.of(14.0, -3.2, Unit.MICROMETRE));
        fixture.given(assembled())
                .when(new CorrectCavityStep(CAVITY, ASSEMBLY, dot, "dot 7 bleached; it was dot 8 all along"))
                .expectEvents(new DotSelectionCorrected(CAVITY, ASSEMBLY, dot, "dot 7 bleached; it was dot 8 all along"));
    }

    @Test
    void the_assembly_cannot_be_voided_while_configurations_depend_on_it() {
        fixture.given(assembled(), configured(CONFIG, Farrow2024Protocol.cavityConfiguration()))
                .when(new VoidCavityStep(CAVITY, ASSEMBLY, "wrong mirror pair"))
                .expectNoEvents()
                .expectExceptionMessage(containsString("'configured' (step step-config) depends on this step"));
    }

    @Test
    void a_cavity_whose_assembly_was_voided_can_no_longer_be_configured() {
        fixture.given(assembled(), new CavityStepVoided(CAVITY, ASSEMBLY, "recorded twice"))
                .when(new ConfigureCavity(CAVITY, CONFIG, Farrow2024Protocol.cavityConfiguration()))
                .expectNoEvents()
                .expectExceptionMessage(containsString("its assembly was voided"));
    }
}
