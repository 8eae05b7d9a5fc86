package org.photonledger.domain.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.photonledger.domain.PaperLots.CS2CO3;
import static org.photonledger.domain.PaperLots.HEXANE;
import static org.photonledger.domain.PaperLots.METHYL_ACETATE;
import static org.photonledger.domain.PaperLots.OCTANE;
import static org.photonledger.domain.PaperLots.ODE;
import static org.photonledger.domain.PaperLots.OLEIC_ACID;
import static org.photonledger.domain.PaperLots.OLEYLAMINE;
import static org.photonledger.domain.PaperLots.PBI2;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photonledger.domain.InMemoryAggregates;
import org.photonledger.domain.PaperLots;
import org.photonledger.domain.protocol.Farrow2024Protocol;
import org.photonledger.domain.reagent.ReagentConsumed;
import org.photonledger.domain.reagent.ReagentLot;
import org.photonledger.domain.reagent.ReagentLotId;
import org.photonledger.domain.reagent.ReagentRestored;
import org.photonledger.domain.reagent.ReagentUse;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.domain.validation.InvalidInputException;

class SynthesisBatchTest {

    static final BatchId BATCH = new BatchId("batch-1");
    static final StepId FLASK_1 = new StepId("step-flask-1");
    static final StepId FLASK_2 = new StepId("step-flask-2");
    static final StepId INJECTION = new StepId("step-injection");
    static final StepId PURIFICATION = new StepId("step-purification");
    static final StepId STORAGE = new StepId("step-storage");

    private FixtureConfiguration<SynthesisBatch> fixture;
    private InMemoryAggregates stock;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SynthesisBatch.class);
        stock = PaperLots.stock(new InMemoryAggregates());
        fixture.registerAnnotatedCommandHandler(
                new SynthesisStepHandler(stock.repository(ReagentLot.class), fixture.getRepository()));
    }

    static CsOleatePreparation flask1() {
        return Farrow2024Protocol.csOleatePreparation(CS2CO3, OLEIC_ACID, ODE);
    }

    static PbI2SolutionPreparation flask2() {
        return Farrow2024Protocol.pbI2SolutionPreparation(PBI2, ODE, OLEIC_ACID, OLEYLAMINE, Quantity.of(1, Unit.HOUR));
    }

    static Purification purification() {
        return Farrow2024Protocol.purification(METHYL_ACETATE, HEXANE, OCTANE, Quantity.of(8000, Unit.RPM),
                Quantity.of(10, Unit.MINUTE));
    }

    static StartSynthesisBatch start() {
        return new StartSynthesisBatch(BATCH, "PQD-2024-03-A", Farrow2024Protocol.NAME);
    }

    private Quantity remaining(ReagentLotId lot) {
        return stock.state(ReagentLot.class, lot.value(), ReagentLot::remaining);
    }

    @Test
    void a_batch_is_started_under_a_name() {
        // given
        fixture.givenNoPriorActivity()
                // when
                .when(start())
                // then
                .expectEvents(new SynthesisBatchStarted(BATCH, "PQD-2024-03-A", Farrow2024Protocol.NAME));
    }

    @Test
    void a_batch_needs_a_name() {
        fixture.givenNoPriorActivity()
                .when(new StartSynthesisBatch(BATCH, " ", null))
                .expectNoEvents()
                .expectExceptionMessage(containsString("name: is required"));
    }

    @Test
    void the_cs_oleate_precursor_is_recorded_and_its_reagents_leave_stock() {
        // given
        fixture.givenCommands(start())
                // when
                .when(new RecordCsOleatePreparation(BATCH, FLASK_1, flask1()))
                // then
                .expectEvents(new CsOleatePrepared(BATCH, FLASK_1, flask1()));
        assertThat(remaining(CS2CO3).value()).isCloseTo(9.593, within(1e-12));
        assertThat(remaining(OLEIC_ACID)).isEqualTo(Quantity.of(98.75, Unit.MILLILITRE));
        assertThat(remaining(ODE)).isEqualTo(Quantity.of(480, Unit.MILLILITRE));
        assertThat(stock.events(CS2CO3.value())).last().isEqualTo(new ReagentConsumed(CS2CO3,
                Quantity.of(0.407, Unit.GRAM), BATCH.value(), FLASK_1, remaining(CS2CO3)));
    }

    @Test
    void the_hot_injection_before_the_pbi2_solution_is_refused_naming_the_missing_step() {
        // given
        fixture.givenCommands(start(), new RecordCsOleatePreparation(BATCH, FLASK_1, flask1()))
                // when
                .when(new RecordHotInjection(BATCH, INJECTION, Farrow2024Protocol.hotInjection()))
                // then
                .expectNoEvents()
                .expectException(InvalidInputException.class)
                .expectExceptionMessage(containsString(
                        "step: cannot be recorded yet for batch batch-1: missing step 'PbI2 solution prepared'"));
    }

    @Test
    void the_hot_injection_with_neither_flask_names_both_missing_steps() {
        fixture.givenCommands(start())
                .when(new RecordHotInjection(BATCH, INJECTION, Farrow2024Protocol.hotInjection()))
                .expectNoEvents()
                .expectExceptionMessage(containsString(
                        "missing step 'Cs-oleate precursor prepared' and 'PbI2 solution prepared'"));
    }

    @Test
    void storage_before_purification_is_refused_naming_purification() {
        // given
        fixture.givenCommands(start(), new RecordCsOleatePreparation(BATCH, FLASK_1, flask1()),
                        new RecordPbI2SolutionPreparation(BATCH, FLASK_2, flask2()),
                        new RecordHotInjection(BATCH, INJECTION, Farrow2024Protocol.hotInjection()))
                // when
                .when(new RecordStorage(BATCH, STORAGE, Farrow2024Protocol.storage()))
                // then
                .expectNoEvents()
                .expectExceptionMessage(containsString("missing step 'purification'"));
    }

    @Test
    void the_whole_protocol_in_order_is_accepted() {
        // given
        fixture.givenCommands(start(), new RecordPbI2SolutionPreparation(BATCH, FLASK_2, flask2()),
                        new RecordCsOleatePreparation(BATCH, FLASK_1, flask1()),
                        new RecordHotInjection(BATCH, INJECTION, Farrow2024Protocol.hotInjection()),
                        new RecordPurification(BATCH, PURIFICATION, purification()))
                // when
                .when(new RecordStorage(BATCH, STORAGE, Farrow2024Protocol.storage()))
                // then
                .expectEvents(new BatchStored(BATCH, STORAGE, Farrow2024Protocol.storage()))
                .expectState(batch -> assertThat(batch.whyNotUsable()).isEmpty());
        // 70 mL + 7 mL of methyl acetate, 20 + 25 mL of octadecene, 1.25 + 2.5 mL of oleic acid
        assertThat(remaining(METHYL_ACETATE)).isEqualTo(Quantity.of(423, Unit.MILLILITRE));
        assertThat(remaining(ODE)).isEqualTo(Quantity.of(455, Unit.MILLILITRE));
        assertThat(remaining(OLEIC_ACID)).isEqualTo(Quantity.of(96.25, Unit.MILLILITRE));
        assertThat(remaining(OCTANE)).isEqualTo(Quantity.of(98, Unit.MILLILITRE));
    }

    @Test
    void a_step_kind_already_recorded_is_refused_and_points_to_correction() {
        fixture.givenCommands(start(), new RecordCsOleatePreparation(BATCH, FLASK_1, flask1()))
                .when(new RecordCsOleatePreparation(BATCH, new StepId("step-again"), flask1()))
                .expectNoEvents()
                .expectExceptionMessage(containsString("is already recorded for batch batch-1 as step step-flask-1; "
                        + "correct or void that step instead"));
    }

    @Test
    void a_step_that_would_take_more_than_a_lot_holds_is_refused_and_nothing_is_stored() {
        // given a caesium carbonate lot with only 0.3 g left
        InMemoryAggregates lowStock = new InMemoryAggregates();
        PaperLots.give(lowStock, CS2CO3, Quantity.of(0.3, Unit.GRAM));
        PaperLots.give(lowStock, OLEIC_ACID, Quantity.of(100, Unit.MILLILITRE));
        PaperLots.give(lowStock, ODE, Quantity.of(500, Unit.MILLILITRE));
        fixture = new AggregateTestFixture<>(SynthesisBatch.class);
        fixture.registerAnnotatedCommandHandler(
                new SynthesisStepHandler(lowStock.repository(ReagentLot.class), fixture.getRepository()));
        fixture.givenCommands(start())
                // when
                .when(new RecordCsOleatePreparation(BATCH, FLASK_1, flask1()))
                // then
                .expectNoEvents()
                .expectExceptionMessage(containsString("caesiumCarbonate.amount: lot lot-cs2co3 (Caesium carbonate) "
                        + "has only 0.3 g left; 0.407 g was requested"));
        // the oleic acid and octadecene lots, which had enough, were not touched either
        assertThat(lowStock.events(OLEIC_ACID.value())).hasSize(1);
        assertThat(lowStock.events(ODE.value())).hasSize(1);
        assertThat(lowStock.events(CS2CO3.value())).hasSize(1);
    }

    @Test
    void a_mass_cannot_be_taken_from_a_lot_kept_by_volume() {
        // given caesium carbonate entered against the oleic-acid lot by mistake
        var c = flask1();
        var wrongLot = new CsOleatePreparation(ReagentUse.of(OLEIC_ACID, c.caesiumCarbonate().amount()), c.oleicAcid(),
                c.octadecene(), c.degasTime(), c.heatingTemperature(), c.nitrogenSwitchTemperature(),
                c.cooledToTemperature());
        fixture.givenCommands(start())
                // when
                .when(new RecordCsOleatePreparation(BATCH, FLASK_1, wrongLot))
                // then
                .expectNoEvents()
                .expectExceptionMessage(containsString("caesiumCarbonate.amount: lot lot-oa (Oleic acid) is kept by "
                        + "volume (100 mL left); a mass cannot be taken from or put back into it"));
        assertThat(remaining(OLEIC_ACID)).isEqualTo(Quantity.of(100, Unit.MILLILITRE));
    }

    @Test
    void an_unknown_lot_is_named() {
        var c = flask1();
        var unknown = new CsOleatePreparation(ReagentUse.of(new ReagentLotId("lot-nope"), Quantity.of(0.4, Unit.GRAM)),
                c.oleicAcid(), c.octadecene(), c.degasTime(), c.heatingTemperature(), c.nitrogenSwitchTemperature(),
                c.cooledToTemperature());
        fixture.givenCommands(start())
                .when(new RecordCsOleatePreparation(BATCH, FLASK_1, unknown))
                .expectNoEvents()
                .expectExceptionMessage(containsString("caesiumCarbonate.lotId: no reagent lot with this id is registered"));
    }

    @Test
    void a_temperature_outside_the_flask_range_is_refused_naming_field_value_and_range() {
        var c = flask1();
        var bad = new CsOleatePreparation(c.caesiumCarbonate(), c.oleicAcid(), c.octadecene(), c.degasTime(),
                Quantity.of(400, Unit.CELSIUS), c.nitrogenSwitchTemperature(), c.cooledToTemperature());
        fixture.givenCommands(start())
                .when(new RecordCsOleatePreparation(BATCH, FLASK_1, bad))
                .expectNoEvents()
                .expectExceptionMessage(containsString("heatingTemperature: must be ≥ 15 and ≤ 300 °C (got '400 °C')"));
    }

    @Test
    void flask_1_cannot_be_cooled_to_above_the_temperature_it_was_heated_to() {
        var c = flask1();
        var inverted = new CsOleatePreparation(c.caesiumCarbonate(), c.oleicAcid(), c.octadecene(), c.degasTime(),
                c.heatingTemperature(), c.nitrogenSwitchTemperature(), Quantity.of(160, Unit.CELSIUS));
        fixture.givenCommands(start())
                .when(new RecordCsOleatePreparation(BATCH, FLASK_1, inverted))
                .expectNoEvents()
                .expectExceptionMessage(containsString("cooledToTemperature: must not be above heatingTemperature (150 °C)"));
    }

    @Test
    void a_correction_needs_a_reason() {
        fixture.givenCommands(start(), new RecordCsOleatePreparation(BATCH, FLASK_1, flask1()))
                .when(new CorrectSynthesisStep(BATCH, FLASK_1, withCaesiumCarbonate(Quantity.of(0.5, Unit.GRAM)), "  "))
                .expectNoEvents()
                .expectExceptionMessage(containsString("reason: is required"));
    }

    @Test
    void a_correction_replaces_the_values_and_moves_stock_by_the_difference_only() {
        // given 0.407 g recorded, 0.5 g actually weighed
        var corrected = withCaesiumCarbonate(Quantity.of(0.5, Unit.GRAM));
        fixture.givenCommands(start(), new RecordCsOleatePreparation(BATCH, FLASK_1, flask1()))
                // when
                .when(new CorrectSynthesisStep(BATCH, FLASK_1, corrected, "balance read 0.500 g, typed 0.407 g"))
                // then
                .expectEvents(new CsOleatePreparationCorrected(BATCH, FLASK_1, corrected,
                        "balance read 0.500 g, typed 0.407 g"));
        assertThat(remaining(CS2CO3).value()).isCloseTo(9.5, within(1e-12));
        assertThat(stock.events(CS2CO3.value())).hasSize(3);
        assertThat(stock.events(OLEIC_ACID.value())).as("unchanged amounts do not touch stock").hasSize(2);
    }

    @Test
    void a_smaller_corrected_amount_goes_back_into_stock() {
        var corrected = withCaesiumCarbonate(Quantity.of(400, Unit.MILLIGRAM));
        fixture.givenCommands(start(), new RecordCsOleatePreparation(BATCH, FLASK_1, flask1()))
                .when(new CorrectSynthesisStep(BATCH, FLASK_1, corrected, "weighed 400 mg"))
                .expectSuccessfulHandlerExecution();
        assertThat(remaining(CS2CO3).value()).isCloseTo(9.6, within(1e-12));
        assertThat(stock.events(CS2CO3.value())).last().isInstanceOf(ReagentRestored.class);
    }

    @Test
    void a_correction_must_carry_values_of_the_same_step_kind() {
        fixture.givenCommands(start(), new RecordCsOleatePreparation(BATCH, FLASK_1, flask1()))
                .when(new CorrectSynthesisStep(BATCH, FLASK_1, Farrow2024Protocol.storage(), "wrong form"))
                .expectNoEvents()
                .expectExceptionMessage(containsString("step step-flask-1 is a 'Cs-oleate precursor prepared' step"));
    }

    @Test
    void a_correction_that_changes_nothing_is_refused() {
        fixture.givenCommands(start(), new RecordCsOleatePreparation(BATCH, FLASK_1, flask1()))
                .when(new CorrectSynthesisStep(BATCH, FLASK_1, flask1(), "just checking"))
                .expectNoEvents()
                .expectExceptionMessage(containsString("there is nothing to correct"));
    }

    @Test
    void an_unknown_step_cannot_be_corrected() {
        fixture.givenCommands(start())
                .when(new CorrectSynthesisStep(BATCH, FLASK_1, flask1(), "typo"))
                .expectNoEvents()
                .expectExceptionMessage(containsString("stepId: no such step in batch batch-1"));
    }

    @Test
    void voiding_a_step_keeps_it_in_the_history_and_puts_its_reagents_back() {
        fixture.givenCommands(start(), new RecordCsOleatePreparation(BATCH, FLASK_1, flask1()))
                .when(new VoidSynthesisStep(BATCH, FLASK_1, "flask cracked before heating; recorded too early"))
                .expectEvents(new SynthesisStepVoided(BATCH, FLASK_1, "flask cracked before heating; recorded too early"));
        assertThat(remaining(CS2CO3)).isEqualTo(Quantity.of(10, Unit.GRAM));
        assertThat(remaining(ODE)).isEqualTo(Quantity.of(500, Unit.MILLILITRE));
    }

    @Test
    void a_voided_step_can_be_recorded_anew() {
        fixture.givenCommands(start(), new RecordCsOleatePreparation(BATCH, FLASK_1, flask1()),
                        new VoidSynthesisStep(BATCH, FLASK_1, "recorded for the wrong batch"))
                .when(new RecordCsOleatePreparation(BATCH, new StepId("step-flask-1b"), flask1()))
                .expectEvents(new CsOleatePrepared(BATCH, new StepId("step-flask-1b"), flask1()));
    }

    @Test
    void a_step_cannot_be_voided_while_a_later_step_depends_on_it() {
        fixture.givenCommands(start(), new RecordCsOleatePreparation(BATCH, FLASK_1, flask1()),
                        new RecordPbI2SolutionPreparation(BATCH, FLASK_2, flask2()),
                        new RecordHotInjection(BATCH, INJECTION, Farrow2024Protocol.hotInjection()))
                .when(new VoidSynthesisStep(BATCH, FLASK_2, "wrong flask"))
                .expectNoEvents()
                .expectExceptionMessage(containsString(
                        "'hot injection and quench' (step step-injection) depends on this step; void that first"));
    }

    @Test
    void a_void_needs_a_reason() {
        fixture.givenCommands(start(), new RecordCsOleatePreparation(BATCH, FLASK_1, flask1()))
                .when(new VoidSynthesisStep(BATCH, FLASK_1, null))
                .expectNoEvents()
                .expectExceptionMessage(containsString("reason: is required"));
    }

    @Test
    void an_abandoned_batch_records_nothing_more() {
        // given
        fixture.givenCommands(start(), new AbandonSynthesisBatch(BATCH, "Schlenk line leak"))
                // when
                .when(new RecordCsOleatePreparation(BATCH, FLASK_1, flask1()))
                // then
                .expectNoEvents()
                .expectExceptionMessage(containsString(
                        "batchId: was abandoned (Schlenk line leak); nothing more can be recorded for it"));
        assertThat(remaining(CS2CO3)).isEqualTo(Quantity.of(10, Unit.GRAM));
    }

    @Test
    void abandoning_needs_a_reason() {
        fixture.givenCommands(start())
                .when(new AbandonSynthesisBatch(BATCH, ""))
                .expectNoEvents()
                .expectExceptionMessage(containsString("reason: is required"));
    }

    @Test
    void an_abandoned_batch_cannot_be_used_for_samples() {
        fixture.givenCommands(start())
                .when(new AbandonSynthesisBatch(BATCH, "Schlenk line leak"))
                .expectEvents(new SynthesisBatchAbandoned(BATCH, "Schlenk line leak"))
                .expectState(batch -> assertThat(batch.whyNotUsable()).hasValue(
                        "batch batch-1 was abandoned (Schlenk line leak)"));
    }

    @Test
    void a_batch_is_abandoned_only_once() {
        fixture.givenCommands(start(), new AbandonSynthesisBatch(BATCH, "leak"))
                .when(new AbandonSynthesisBatch(BATCH, "again"))
                .expectNoEvents()
                .expectExceptionMessage(containsString("was already abandoned (leak)"));
    }

    @Test
    void an_unfinished_batch_is_not_usable_and_says_which_step_is_missing() {
        fixture.givenCommands(start())
                .when(new RecordCsOleatePreparation(BATCH, FLASK_1, flask1()))
                .expectState(batch -> assertThat(batch.whyNotUsable()).hasValue(
                        "batch batch-1 is not finished: missing step 'storage'"));
    }

    @Test
    void an_unknown_batch_is_named() {
        fixture.givenNoPriorActivity()
                .when(new RecordCsOleatePreparation(new BatchId("batch-x"), FLASK_1, flask1()))
                .expectNoEvents()
                .expectExceptionMessage(containsString("batchId: no synthesis batch with this id (got 'batch-x')"));
    }

    private static CsOleatePreparation withCaesiumCarbonate(Quantity mass) {
        var c = flask1();
        return new CsOleatePreparation(ReagentUse.of(CS2CO3, mass), c.oleicAcid(), c.octadecene(), c.degasTime(),
                c.heatingTemperature(), c.nitrogenSwitchTemperature(), c.cooledToTemperature());
    }
}
