package org.photonledger.processing.reagent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photonledger.domain.reagent.CasNumber;
import org.photonledger.domain.reagent.ReagentLotId;
import org.photonledger.domain.reagent.ReagentLotRegistered;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.processing.store.SortOrder;
import org.photonledger.processing.store.TestDatabase;

class ReagentLotProjectionTest {

    private ReagentLotProjection projection;
    private ReagentLotQueries queries;

    @BeforeEach
    void setUp() {
        DataSource db = TestDatabase.migrated();
        projection = new ReagentLotProjection(db);
        queries = new ReagentLotQueries(db);
    }

    private static ReagentLotRegistered lot(String id, String name, String cas, String supplier, LocalDate received) {
        return new ReagentLotRegistered(new ReagentLotId(id), name, new CasNumber(cas), supplier, "cat-" + id, "L-" + id,
                Quantity.of(99.0, Unit.PERCENT), "ACS", Quantity.of(25, Unit.GRAM), received, "Shelf A");
    }

    @Test
    void a_registered_lot_appears_with_its_full_record_and_its_remaining_amount() {
        // given
        var at = Instant.parse("2024-01-15T10:00:00Z");
        // when
        projection.on(lot("lot-1", "Caesium carbonate", "534-17-8", "Sigma-Aldrich", LocalDate.of(2024, 1, 15)), at, "alice");
        // then
        var row = queries.byId("lot-1").orElseThrow();
        assertThat(row.chemicalName()).isEqualTo("Caesium carbonate");
        assertThat(row.casNumber()).isEqualTo("534-17-8");
        assertThat(row.amount()).isEqualTo(Quantity.of(25, Unit.GRAM));
        assertThat(row.remaining()).isEqualTo(Quantity.of(25, Unit.GRAM));
        assertThat(row.registeredBy()).isEqualTo("alice");
        assertThat(row.registeredAt()).isEqualTo(at);
        assertThat(row.purityPercent()).isEqualTo(99.0);
        assertThat(queries.byId("lot-unknown")).isEmpty();
    }

    @Test
    void a_purity_entered_as_a_fraction_is_listed_in_percent_and_a_missing_one_as_none() {
        // given
        ReagentLotRegistered l = lot("lot-f", "Toluene", "108-88-3", "Merck", LocalDate.of(2024, 1, 15));
        ReagentLotRegistered fraction = new ReagentLotRegistered(l.lotId(), l.chemicalName(), l.casNumber(), l.supplier(),
                l.catalogueNumber(), l.lotNumber(), Quantity.of(0.995, Unit.ONE), l.grade(), l.amount(), l.receivedOn(),
                l.storageLocation());
        ReagentLotRegistered none = new ReagentLotRegistered(new ReagentLotId("lot-n"), l.chemicalName(), l.casNumber(),
                l.supplier(), l.catalogueNumber(), "L-n", null, l.grade(), l.amount(), l.receivedOn(), l.storageLocation());
        // when
        projection.on(fraction, Instant.now(), "bob");
        projection.on(none, Instant.now(), "bob");
        // then
        assertThat(queries.byId("lot-f").orElseThrow().purityPercent()).isCloseTo(99.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(queries.byId("lot-n").orElseThrow().purityPercent()).isNull();
    }

    @Test
    void lists_are_paged_sorted_and_filtered() {
        // given
        var at = Instant.now();
        projection.on(lot("lot-a", "Toluene", "108-88-3", "Sigma-Aldrich", LocalDate.of(2024, 3, 1)), at, "a");
        projection.on(lot("lot-b", "Octane", "111-65-9", "Merck", LocalDate.of(2024, 2, 1)), at, "a");
        projection.on(lot("lot-c", "Oleic acid", "112-80-1", "Sigma-Aldrich", LocalDate.of(2024, 1, 1)), at, "a");
        // when
        var byName = queries.page(null, List.of(), 0, 2);
        var byDateDesc = queries.page("", List.of(new SortOrder("receivedOn", false)), 0, 10);
        var sigmaOnly = queries.page("SIGMA", List.of(), 0, 10);
        var secondPage = queries.page(null, List.of(), 2, 2);
        // then
        assertThat(byName.total()).isEqualTo(3);
        assertThat(byName.rows()).extracting(ReagentLotRow::chemicalName).containsExactly("Octane", "Oleic acid");
        assertThat(secondPage.rows()).extracting(ReagentLotRow::chemicalName).containsExactly("Toluene");
        assertThat(byDateDesc.rows()).extracting(ReagentLotRow::lotId).containsExactly("lot-a", "lot-b", "lot-c");
        assertThat(sigmaOnly.total()).isEqualTo(2);
        assertThat(queries.page("111-65", List.of(), 0, 10).rows()).extracting(ReagentLotRow::lotId).containsExactly("lot-b");
    }

    @Test
    void reset_clears_the_view_for_a_replay() {
        projection.on(lot("lot-a", "Toluene", "108-88-3", "Sigma-Aldrich", LocalDate.of(2024, 3, 1)), Instant.now(), "a");
        projection.reset();
        assertThat(queries.page(null, List.of(), 0, 10).total()).isZero();
    }

    @Test
    void unknown_sort_columns_and_bad_paging_are_refused_with_what_is_allowed() {
        assertThatThrownBy(() -> queries.page(null, List.of(new SortOrder("lot_id; DROP TABLE x", true)), 0, 10))
                .hasMessageContaining("cannot sort by").hasMessageContaining("chemicalName");
        assertThatThrownBy(() -> queries.page(null, List.of(), -1, 10)).hasMessageContaining("offset must be ≥ 0");
        assertThatThrownBy(() -> queries.page(null, List.of(), 0, 0)).hasMessageContaining("limit must be in [1, 500]");
    }
}
