package org.photonledger.ui.sample;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photonledger.domain.protocol.Farrow2024Preparation;
import org.photonledger.domain.reagent.ReagentLotId;
import org.photonledger.domain.reagent.RegisterReagentLot;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.ui.axon.AxonRuntime;
import org.photonledger.ui.browser.Browser;

/** The paper's preparation, run through the application's command path, read back through the API and the pages. */
@QuarkusTest
class SampleReadApiTest {

    @Inject
    AxonRuntime axon;

    @TestHTTPResource("/")
    URL root;

    private Farrow2024Preparation.Ids ids;
    private Farrow2024Preparation.Lots lots;

    private ReagentLotId lot(String name, String cas, Quantity amount) {
        ReagentLotId id = ReagentLotId.newId();
        axon.commandGateway().sendAndWait(new RegisterReagentLot(id, name, cas, "Sigma-Aldrich", null, "R-" + id.value(),
                Quantity.of(99.0, Unit.PERCENT), null, amount, LocalDate.of(2024, 1, 15), null));
        return id;
    }

    @BeforeEach
    void thePapersPreparation() {
        lots = new Farrow2024Preparation.Lots(lot("Caesium carbonate", "534-17-8", Quantity.of(10, Unit.GRAM)),
                lot("Oleic acid", "112-80-1", Quantity.of(100, Unit.MILLILITRE)),
                lot("1-Octadecene", "112-88-9", Quantity.of(500, Unit.MILLILITRE)),
                lot("Lead(II) iodide", "10101-63-0", Quantity.of(5, Unit.GRAM)),
                lot("Oleylamine", "112-90-3", Quantity.of(100, Unit.MILLILITRE)),
                lot("Methyl acetate", "79-20-9", Quantity.of(1, Unit.LITRE)),
                lot("Hexane", "110-54-3", Quantity.of(1, Unit.LITRE)),
                lot("Octane", "111-65-9", Quantity.of(100, Unit.MILLILITRE)),
                lot("Toluene", "108-88-3", Quantity.of(1, Unit.LITRE)),
                lot("EDTA", "60-00-4", Quantity.of(25, Unit.GRAM)),
                lot("PMMA", "9011-14-7", Quantity.of(25, Unit.GRAM)));
        ids = Farrow2024Preparation.Ids.fresh();
        Farrow2024Preparation.commands(lots, ids, "PQD read test").forEach(c -> axon.commandGateway().sendAndWait(c));
        assertThat(axon.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
    }

    @Test
    void the_cavity_genealogy_reaches_the_batch_and_the_caesium_and_lead_bottles() {
        given().when().get("/api/samples/" + ids.cavity().value() + "/genealogy")
                .then().statusCode(200)
                .body("root", equalTo(ids.cavity().value()))
                .body("nodes.id", hasItems(ids.film().value(), ids.pmmaDispersed().value(), ids.batch().value(),
                        lots.cs2co3().value(), lots.pbI2().value(), ids.planarMirror().value(), ids.featuredMirror().value()))
                .body("edges.relation", hasItems("reagent", "spin-coated from", "film", "featured mirror"))
                .body("truncated", equalTo(false));
    }

    @Test
    void an_object_is_read_with_its_steps_and_relations_and_found_by_search() {
        given().when().get("/api/samples/" + ids.batch().value())
                .then().statusCode(200)
                .body("sample.kind", equalTo("SynthesisBatch"))
                .body("sample.status", equalTo("stored"))
                .body("steps.kind", hasItem("Cs-oleate precursor prepared"))
                .body("relations.from", hasItem(lots.cs2co3().value()));
        given().queryParam("text", "PQD read test").queryParam("kind", "SynthesisBatch").when().get("/api/samples")
                .then().statusCode(200).body("rows.id", hasItem(ids.batch().value()));
        given().when().get("/api/samples/" + ids.batch().value() + "/history")
                .then().statusCode(200).body("summary", hasItem(containsString("Batch started")));
    }

    @Test
    void bad_searches_and_unknown_ids_get_clear_problems() {
        given().queryParam("from", "last week").when().get("/api/samples")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().when().get("/api/samples/nope/genealogy").then().statusCode(404).body("detail", containsString("nope"));
    }

    @Test
    void the_cavity_page_shows_the_genealogy_with_a_link_to_the_caesium_carbonate_lot() {
        try (Browser browser = Browser.open()) {
            browser.go(root + "samples/" + ids.cavity().value());
            browser.find("#genealogy svg");
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) browser.js(
                    "return Array.from(document.querySelectorAll('#genealogy a.node')).map(a => a.getAttribute('href'))");
            assertThat(links).contains("/samples/" + lots.cs2co3().value(), "/samples/" + ids.batch().value());
            assertThat(browser.find("#sample-status").getText()).contains("active");
            browser.js("document.querySelector('#genealogy').scrollIntoView()");
            browser.screenshot("cavity-genealogy");
        }
    }
}
