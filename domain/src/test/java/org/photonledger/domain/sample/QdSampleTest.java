package org.photonledger.domain.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.photonledger.domain.PaperLots.EDTA;
import static org.photonledger.domain.PaperLots.OCTANE;
import static org.photonledger.domain.PaperLots.PMMA;
import static org.photonledger.domain.PaperLots.TOLUENE;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photonledger.domain.InMemoryAggregates;
import org.photonledger.domain.PaperHistory;
import org.photonledger.domain.PaperLots;
import org.photonledger.domain.protocol.Farrow2024Protocol;
import org.photonledger.domain.reagent.ReagentLot;
import org.photonledger.domain.reagent.ReagentLotId;
import org.photonledger.domain.reagent.ReagentUse;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.synthesis.BatchId;
import org.photonledger.domain.synthesis.SynthesisBatch;
import org.photonledger.domain.synthesis.SynthesisBatchAbandoned;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/** Samples made from batches; parents that are samples are covered by {@link SampleGenealogyTest}. */
class QdSampleTest {

    static final SampleId SAMPLE = new SampleId("sample-edta");
    static final StepId STEP = new StepId("step-edta");
    static final BatchId STORED = new BatchId("batch-stored");
    static final BatchId UNFINISHED = new BatchId("batch-unfinished");
    static final BatchId ABANDONED = new BatchId("batch-abandoned");

    private FixtureConfiguration<QdSample> fixture;
    private InMemoryAggregates others;

    @BeforeEach
    void setUp() {
        others = PaperLots.stock(new InMemoryAggregates());
        others.given(SynthesisBatch.class, STORED.value(), PaperHistory.batch(STORED, true));
        others.given(SynthesisBatch.class, UNFINISHED.value(), PaperHistory.batch(UNFINISHED, false));
        others.given(SynthesisBatch.class, ABANDONED.value(), PaperHistory.batch(ABANDONED, true));
        others.given(SynthesisBatch.class, ABANDONED.value(), new SynthesisBatchAbandoned(ABANDONED, "dots aggregated"));
        fixture = new AggregateTestFixture<>(QdSample.class);
        fixture.registerAnnotatedCommandHandler(new SamplePreparationHandler(others.repository(ReagentLot.class),
                others.repository(SynthesisBatch.class), fixture.getRepository()));
    }

    static RecordEdtaTreatment edtaFrom(BatchId batch) {
        return new RecordEdtaTreatment(SAMPLE, STEP, List.of(ParentRef.batch(batch)), "PQD-A EDTA",
                Farrow2024Protocol.edtaTreatment(EDTA));
    }

    private Quantity remaining(ReagentLotId lot) {
        return others.state(ReagentLot.class, lot.value(), ReagentLot::remaining);
    }

    @Test
    void an_edta_treatment_of_a_stored_batch_makes_a_sample_and_takes_the_edta_out_of_stock() {
        // given a stored batch
        fixture.givenNoPriorActivity()
                // when
                .when(edtaFrom(STORED))
                // then
                .expectEvents(new EdtaTreatmentRecorded(SAMPLE, STEP, List.of(ParentRef.batch(STORED)), "PQD-A EDTA",
                        Farrow2024Protocol.edtaTreatment(EDTA)))
                .expectState(sample -> assertThat(sample.whyNotUsable()).isEmpty());
        assertThat(remaining(EDTA).in(Unit.MILLIGRAM)).isCloseTo(4995, within(1e-9));
    }

    @Test
    void a_batch_that_is_not_stored_yet_cannot_be_a_parent() {
        fixture.givenNoPriorActivity()
                .when(edtaFrom(UNFINISHED))
                .expectNoEvents()
                .expectExceptionMessage(containsString(
                        "parents[0]: batch batch-unfinished is not finished: missing step 'storage'"));
        assertThat(remaining(EDTA)).isEqualTo(Quantity.of(5, Unit.GRAM));
    }

    @Test
    void an_abandoned_batch_cannot_be_a_parent() {
        fixture.givenNoPriorActivity()
                .when(edtaFrom(ABANDONED))
                .expectNoEvents()
                .expectExceptionMessage(containsString("parents[0]: batch batch-abandoned was abandoned (dots aggregated)"));
    }

    @Test
    void an_unknown_parent_is_named() {
        fixture.givenNoPriorActivity()
                .when(edtaFrom(new BatchId("batch-nope")))
                .expectNoEvents()
                .expectExceptionMessage(containsString("parents[0]: no synthesis batch with this id exists (got 'batch batch-nope')"));
    }

    @Test
    void a_sample_needs_a_parent() {
        fixture.givenNoPriorActivity()
                .when(new RecordEdtaTreatment(SAMPLE, STEP, List.of(), null, Farrow2024Protocol.edtaTreatment(EDTA)))
                .expectNoEvents()
                .expectExceptionMessage(containsString("parents: at least one parent (a batch or a sample) is required"));
    }

    @Test
    void edta_values_outside_physical_ranges_are_refused_by_field() {
        var bad = new EdtaTreatment(Quantity.of(1, Unit.MILLILITRE), ReagentUse.of(EDTA, Quantity.of(5, Unit.MILLIGRAM)),
                Quantity.of(0, Unit.HOUR), Quantity.of(5, Unit.NANOMETRE));
        fixture.givenNoPriorActivity()
                .when(new RecordEdtaTreatment(SAMPLE, STEP, List.of(ParentRef.batch(STORED)), null, bad))
                .expectNoEvents()
                .expectException(org.hamcrest.Matchers.<Throwable>hasToString(org.hamcrest.Matchers.stringContainsInOrder(
                        "duration: must be > 0 and ≤ 72 h", "filterPoreSize: must be ≥ 10 and ≤ 10000 nm")));
    }

    @Test
    void not_enough_edta_refuses_the_treatment_and_stores_nothing() {
        others.given(ReagentLot.class, EDTA.value(), new org.photonledger.domain.reagent.ReagentConsumed(EDTA,
                Quantity.of(4.998, Unit.GRAM), "batch-0", new StepId("s0"), Quantity.of(2, Unit.MILLIGRAM)));
        fixture.givenNoPriorActivity()
                .when(edtaFrom(STORED))
                .expectNoEvents()
                .expectExceptionMessage(containsString("edta.amount: lot lot-edta (EDTA) has only 2 mg left; 5 mg was "
                        + "requested"));
    }

    @Test
    void size_selection_takes_the_diluent_for_the_dilution_factor_out_of_stock() {
        // given 0.1 mL of dots diluted ten-fold: 0.9 mL octane
        var values = Farrow2024Protocol.sizeSelection(Quantity.of(0.1, Unit.MILLILITRE), OCTANE);
        fixture.givenNoPriorActivity()
                .when(new RecordSizeSelection(SAMPLE, STEP, List.of(ParentRef.batch(STORED)), null, values))
                .expectEvents(new SizeSelectionRecorded(SAMPLE, STEP, List.of(ParentRef.batch(STORED)), null, values));
        assertThat(remaining(OCTANE).in(Unit.MILLILITRE)).isCloseTo(100 - 0.9, within(1e-9));
    }

    @Test
    void a_dilution_factor_below_one_is_refused() {
        var values = new SizeSelection(Quantity.of(0.1, Unit.MILLILITRE), 0.5, OCTANE, Quantity.of(2500, Unit.RPM),
                Quantity.of(30, Unit.MINUTE), KeptFraction.SUPERNATANT);
        fixture.givenNoPriorActivity()
                .when(new RecordSizeSelection(SAMPLE, STEP, List.of(ParentRef.batch(STORED)), null, values))
                .expectNoEvents()
                .expectExceptionMessage(containsString("dilutionFactor: must be in [1, 10000] (got '0.5')"));
    }

    @Test
    void pmma_dispersion_takes_pmma_by_concentration_and_toluene_by_volume_out_of_stock() {
        // given 20 mg/mL PMMA solution, 0.5 mL added to 0.5 mL of dots
        var values = new PmmaDispersion(Quantity.of(0.5, Unit.MILLILITRE), Quantity.of(0.5, Unit.MILLILITRE),
                Quantity.of(20, Unit.MILLIGRAM_PER_MILLILITRE), PMMA, TOLUENE);
        fixture.givenNoPriorActivity()
                .when(new RecordPmmaDispersion(SAMPLE, STEP, List.of(ParentRef.batch(STORED)), null, values))
                .expectSuccessfulHandlerExecution();
        assertThat(values.volumeRatio()).isEqualTo(1.0);
        assertThat(remaining(PMMA).in(Unit.MILLIGRAM)).isCloseTo(25_000 - 10, within(1e-6));
        assertThat(remaining(TOLUENE).in(Unit.MILLILITRE)).isCloseTo(499.5, within(1e-9));
    }

    @Test
    void a_correction_needs_a_reason() {
        fixture.givenCommands(edtaFrom(STORED))
                .when(new CorrectSampleStep(SAMPLE, STEP, withEdta(Quantity.of(6, Unit.MILLIGRAM)), " "))
                .expectNoEvents()
                .expectExceptionMessage(containsString("reason: is required"));
    }

    @Test
    void a_correction_moves_stock_by_the_difference() {
        var corrected = withEdta(Quantity.of(6, Unit.MILLIGRAM));
        fixture.givenCommands(edtaFrom(STORED))
                .when(new CorrectSampleStep(SAMPLE, STEP, corrected, "weighed 6 mg"))
                .expectEvents(new EdtaTreatmentCorrected(SAMPLE, STEP, corrected, "weighed 6 mg"));
        assertThat(remaining(EDTA).in(Unit.MILLIGRAM)).isCloseTo(4994, within(1e-9));
    }

    @Test
    void voiding_the_preparation_puts_the_edta_back_and_the_sample_can_no_longer_be_used() {
        fixture.givenCommands(edtaFrom(STORED))
                .when(new VoidSampleStep(SAMPLE, STEP, "vial mislabelled; never treated"))
                .expectEvents(new SampleStepVoided(SAMPLE, STEP, "vial mislabelled; never treated"))
                .expectState(sample -> assertThat(sample.whyNotUsable()).hasValue(
                        "sample sample-edta was voided (vial mislabelled; never treated)"));
        assertThat(remaining(EDTA)).isEqualTo(Quantity.of(5, Unit.GRAM));
    }

    @Test
    void discarding_needs_a_reason() {
        fixture.givenCommands(edtaFrom(STORED))
                .when(new DiscardSample(SAMPLE, null))
                .expectNoEvents()
                .expectExceptionMessage(containsString("reason: is required"));
    }

    @Test
    void a_discarded_sample_can_no_longer_be_used() {
        fixture.givenCommands(edtaFrom(STORED))
                .when(new DiscardSample(SAMPLE, "used up"))
                .expectEvents(new SampleDiscarded(SAMPLE, "used up"))
                .expectState(sample -> assertThat(sample.whyNotUsable()).hasValue(
                        "sample sample-edta was discarded (used up)"));
    }

    private static EdtaTreatment withEdta(Quantity mass) {
        var e = Farrow2024Protocol.edtaTreatment(EDTA);
        return new EdtaTreatment(e.dotVolume(), ReagentUse.of(EDTA, mass), e.duration(), e.filterPoreSize());
    }
}
