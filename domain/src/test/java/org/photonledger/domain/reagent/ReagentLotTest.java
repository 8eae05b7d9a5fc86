package org.photonledger.domain.reagent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.domain.validation.InvalidInputException;

class ReagentLotTest {

    private static final ReagentLotId LOT = new ReagentLotId("lot-cs2co3");
    private FixtureConfiguration<ReagentLot> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReagentLot.class);
    }

    static RegisterReagentLot caesiumCarbonate() {
        return new RegisterReagentLot(LOT, "Caesium carbonate", "534-17-8", "Sigma-Aldrich", "441902", "MKCP1234",
                Quantity.of(99.9, Unit.PERCENT), "ReagentPlus", Quantity.of(10, Unit.GRAM), LocalDate.of(2024, 1, 15), "Glovebox shelf 2");
    }

    @Test
    void a_valid_lot_is_registered_with_its_full_supplier_record() {
        // given no prior activity
        fixture.givenNoPriorActivity()
                // when
                .when(caesiumCarbonate())
                // then
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ReagentLotRegistered(LOT, "Caesium carbonate", new CasNumber("534-17-8"), "Sigma-Aldrich",
                        "441902", "MKCP1234", Quantity.of(99.9, Unit.PERCENT), "ReagentPlus", Quantity.of(10, Unit.GRAM), LocalDate.of(2024, 1, 15),
                        "Glovebox shelf 2"))
                .expectState(lot -> assertThat(lot.remaining()).isEqualTo(Quantity.of(10, Unit.GRAM)));
    }

    @Test
    void a_wrong_cas_check_digit_is_refused_naming_the_field_and_the_expected_digit() {
        // given
        var command = withCas("534-17-9");
        // when / then
        fixture.givenNoPriorActivity().when(command)
                .expectNoEvents()
                .expectException(InvalidInputException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("casNumber: check digit is 9 but the digits before it require 8"));
    }

    @Test
    void a_malformed_cas_number_is_refused() {
        fixture.givenNoPriorActivity().when(withCas("53417-8"))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("casNumber: must look like"));
    }

    @Test
    void purity_must_be_above_zero_and_at_most_one_hundred_percent() {
        fixture.givenNoPriorActivity().when(withPurity(Quantity.of(0, Unit.PERCENT)))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("purity: must be > 0 and ≤ 100 %"));
        fixture.givenNoPriorActivity().when(withPurity(Quantity.of(100.5, Unit.PERCENT)))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("purity"));
        fixture.givenNoPriorActivity().when(withPurity(Quantity.of(1.2, Unit.ONE)))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("purity: must be > 0 and ≤ 100 %"));
    }

    @Test
    void purity_must_be_dimensionless() {
        fixture.givenNoPriorActivity().when(withPurity(Quantity.of(99, Unit.GRAM)))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("purity: must have a unit of %, 1"));
    }

    @Test
    void purity_of_exactly_one_hundred_percent_or_as_a_fraction_is_allowed_and_kept_in_its_unit() {
        fixture.givenNoPriorActivity().when(withPurity(Quantity.of(100.0, Unit.PERCENT))).expectSuccessfulHandlerExecution();
        var c = withPurity(Quantity.of(0.995, Unit.ONE));
        fixture.givenNoPriorActivity().when(c)
                .expectEvents(new ReagentLotRegistered(LOT, c.chemicalName(), new CasNumber(c.casNumber()), c.supplier(),
                        c.catalogueNumber(), c.lotNumber(), Quantity.of(0.995, Unit.ONE), c.grade(), c.amount(),
                        c.receivedOn(), c.storageLocation()));
    }

    @Test
    void purity_is_optional() {
        fixture.givenNoPriorActivity().when(withPurity(null)).expectSuccessfulHandlerExecution();
    }

    @Test
    void amount_must_be_positive() {
        fixture.givenNoPriorActivity().when(withAmount(Quantity.of(0, Unit.GRAM)))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("amount: must be > 0"));
    }

    @Test
    void amount_must_be_a_mass_or_a_volume() {
        fixture.givenNoPriorActivity().when(withAmount(Quantity.of(5, Unit.NANOMETRE)))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("amount: must have a unit of kg, g, mg, µg, L, mL, µL"));
    }

    @Test
    void every_missing_required_field_is_named_at_once() {
        var empty = new RegisterReagentLot(LOT, " ", null, "", null, null, null, null, null, null, null);
        fixture.givenNoPriorActivity().when(empty)
                .expectNoEvents()
                .expectException(org.hamcrest.Matchers.<Throwable>allOf(
                        org.hamcrest.Matchers.instanceOf(InvalidInputException.class),
                        org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.stringContainsInOrder(
                                "chemicalName: is required", "supplier: is required", "lotNumber: is required",
                                "amount: is required", "receivedOn: is required", "casNumber: is required"))));
    }

    @Test
    void a_receipt_date_in_the_future_is_refused() {
        var c = caesiumCarbonate();
        var future = new RegisterReagentLot(c.lotId(), c.chemicalName(), c.casNumber(), c.supplier(), c.catalogueNumber(),
                c.lotNumber(), c.purity(), c.grade(), c.amount(), LocalDate.now().plusDays(30), c.storageLocation());
        fixture.givenNoPriorActivity().when(future)
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("receivedOn: must not be in the future"));
    }

    private static RegisterReagentLot withCas(String cas) {
        var c = caesiumCarbonate();
        return new RegisterReagentLot(c.lotId(), c.chemicalName(), cas, c.supplier(), c.catalogueNumber(), c.lotNumber(),
                c.purity(), c.grade(), c.amount(), c.receivedOn(), c.storageLocation());
    }

    private static RegisterReagentLot withPurity(Quantity purity) {
        var c = caesiumCarbonate();
        return new RegisterReagentLot(c.lotId(), c.chemicalName(), c.casNumber(), c.supplier(), c.catalogueNumber(),
                c.lotNumber(), purity, c.grade(), c.amount(), c.receivedOn(), c.storageLocation());
    }

    private static RegisterReagentLot withAmount(Quantity amount) {
        var c = caesiumCarbonate();
        return new RegisterReagentLot(c.lotId(), c.chemicalName(), c.casNumber(), c.supplier(), c.catalogueNumber(),
                c.lotNumber(), c.purity(), c.grade(), amount, c.receivedOn(), c.storageLocation());
    }
}
