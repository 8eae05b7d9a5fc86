package org.photonledger.domain.reagent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photonledger.domain.PaperLots;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.domain.validation.InvalidInputException;

class ReagentConsumptionTest {

    private static final ReagentLotId CS2CO3 = PaperLots.CS2CO3;
    private static final ReagentLotId OA = PaperLots.OLEIC_ACID;
    private static final StepId STEP = new StepId("step-flask-1");
    private FixtureConfiguration<ReagentLot> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReagentLot.class);
    }

    private static ReagentLotRegistered tenGrams() {
        return PaperLots.registered(CS2CO3, Quantity.of(10, Unit.GRAM));
    }

    @Test
    void consumption_reduces_the_remaining_stock_in_the_lots_unit() {
        // given a 10 g lot
        fixture.given(tenGrams())
                // when 407 mg are taken
                .when(new ConsumeReagent(CS2CO3, Quantity.of(407, Unit.MILLIGRAM), "batch-1", STEP))
                // then 9.593 g remain, in grams
                .expectEvents(new ReagentConsumed(CS2CO3, Quantity.of(407, Unit.MILLIGRAM), "batch-1", STEP,
                        Quantity.of(10, Unit.GRAM).minus(Quantity.of(407, Unit.MILLIGRAM))))
                .expectState(lot -> assertThat(lot.remaining().unit()).isEqualTo(Unit.GRAM));
    }

    @Test
    void the_whole_remaining_amount_can_be_taken() {
        fixture.given(tenGrams())
                .when(new ConsumeReagent(CS2CO3, Quantity.of(10_000, Unit.MILLIGRAM), "batch-1", STEP))
                .expectEvents(new ReagentConsumed(CS2CO3, Quantity.of(10_000, Unit.MILLIGRAM), "batch-1", STEP,
                        Quantity.of(0, Unit.GRAM)));
    }

    @Test
    void stock_never_goes_below_zero_and_the_refusal_names_lot_remaining_and_requested() {
        // given 0.3 g left
        fixture.given(tenGrams(), new ReagentConsumed(CS2CO3, Quantity.of(9.7, Unit.GRAM), "batch-0", STEP,
                        Quantity.of(0.3, Unit.GRAM)))
                // when
                .when(new ConsumeReagent(CS2CO3, Quantity.of(0.407, Unit.GRAM), "batch-1", new StepId("step-2")))
                // then
                .expectNoEvents()
                .expectException(InvalidInputException.class)
                .expectExceptionMessage(containsString(
                        "amount: lot lot-cs2co3 (Caesium carbonate) has only 0.3 g left; 0.407 g was requested"));
    }

    @Test
    void a_mass_cannot_be_taken_from_a_lot_kept_by_volume() {
        fixture.given(PaperLots.registered(OA, Quantity.of(100, Unit.MILLILITRE)))
                .when(new ConsumeReagent(OA, Quantity.of(1, Unit.GRAM), "batch-1", STEP))
                .expectNoEvents()
                .expectExceptionMessage(containsString("amount: lot lot-oa (Oleic acid) is kept by volume (100 mL left); "
                        + "a mass cannot be taken from or put back into it"));
    }

    @Test
    void a_consumption_must_say_for_what_and_be_positive() {
        fixture.given(tenGrams())
                .when(new ConsumeReagent(CS2CO3, Quantity.of(-1, Unit.GRAM), " ", null))
                .expectNoEvents()
                .expectException(org.hamcrest.Matchers.<Throwable>hasToString(org.hamcrest.Matchers.stringContainsInOrder(
                        "consumedBy: is required", "step: is required", "amount: must be > 0")));
    }

    @Test
    void what_a_step_took_can_be_put_back() {
        fixture.given(tenGrams(), new ReagentConsumed(CS2CO3, Quantity.of(0.407, Unit.GRAM), "batch-1", STEP,
                        Quantity.of(9.593, Unit.GRAM)))
                .when(new RestoreReagent(CS2CO3, Quantity.of(407, Unit.MILLIGRAM), "batch-1", STEP, "step voided"))
                .expectEvents(new ReagentRestored(CS2CO3, Quantity.of(407, Unit.MILLIGRAM), "batch-1", STEP, "step voided",
                        Quantity.of(9.593, Unit.GRAM).plus(Quantity.of(407, Unit.MILLIGRAM))));
    }

    @Test
    void no_more_can_be_put_back_than_the_step_took() {
        fixture.given(tenGrams(), new ReagentConsumed(CS2CO3, Quantity.of(0.407, Unit.GRAM), "batch-1", STEP,
                        Quantity.of(9.593, Unit.GRAM)))
                .when(new RestoreReagent(CS2CO3, Quantity.of(0.5, Unit.GRAM), "batch-1", STEP, "typo"))
                .expectNoEvents()
                .expectExceptionMessage(containsString(
                        "step step-flask-1 of batch-1 took 0.407 g from lot lot-cs2co3; cannot put back more than that"));
    }

    @Test
    void nothing_can_be_put_back_for_a_step_that_took_nothing() {
        fixture.given(tenGrams())
                .when(new RestoreReagent(CS2CO3, Quantity.of(0.1, Unit.GRAM), "batch-1", STEP, "typo"))
                .expectNoEvents()
                .expectExceptionMessage(containsString("took 0 g from lot lot-cs2co3"));
    }

    @Test
    void putting_back_needs_a_reason() {
        fixture.given(tenGrams(), new ReagentConsumed(CS2CO3, Quantity.of(0.407, Unit.GRAM), "batch-1", STEP,
                        Quantity.of(9.593, Unit.GRAM)))
                .when(new RestoreReagent(CS2CO3, Quantity.of(0.1, Unit.GRAM), "batch-1", STEP, null))
                .expectNoEvents()
                .expectExceptionMessage(containsString("reason: is required"));
    }
}
