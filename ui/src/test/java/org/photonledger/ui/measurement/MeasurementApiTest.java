package org.photonledger.ui.measurement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photonledger.acquisition.correlator.CorrelationHistogram;
import org.photonledger.acquisition.correlator.CorrelationSpec;
import org.photonledger.acquisition.correlator.CrossCorrelator;
import org.photonledger.acquisition.ptu.PtuReader;
import org.photonledger.domain.protocol.Farrow2024Preparation;
import org.photonledger.domain.reagent.ReagentLotId;
import org.photonledger.domain.reagent.RegisterReagentLot;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.processing.store.LedgerDatabase;
import org.photonledger.ui.axon.AxonRuntime;
import org.photonledger.ui.browser.Browser;

/** Measurements through REST and the console, on the paper's cavity in the simulated lab. */
@QuarkusTest
class MeasurementApiTest {

    @Inject
    AxonRuntime axon;

    @Inject
    @LedgerDatabase
    DataSource db;

    @TestHTTPResource("/")
    URL root;

    private Farrow2024Preparation.Ids ids;
    private Farrow2024Preparation.Lots lots;

    @BeforeEach
    void thePapersCavity() {
        PaperCavity cavity = PaperCavity.record(axon, "PQD measurement test");
        lots = cavity.lots();
        ids = cavity.ids();
    }

    /** Polls the run until it has ended (bounded); the run is paced in real time, so this waits for it, not for time. */
    static JsonPath awaitEnd(String id, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            JsonPath body = given().when().get("/api/measurements/" + id).then().statusCode(200).extract().jsonPath();
            String status = body.getString("measurement.status");
            if (!"running".equals(status) || System.nanoTime() > deadline) {
                return body;
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
    }

    private long measurementEvents() throws SQLException {
        try (Connection c = db.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT COUNT(*) FROM domain_event_entry WHERE type = 'Measurement'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void every_type_lists_its_parameters_with_the_papers_defaults() {
        given().when().get("/api/measurements/types").then().statusCode(200)
                .body("type", hasItems("pl-spectrum", "trpl", "polarisation", "blinking", "confocal-scan", "hbt-cw",
                        "hbt-pulsed", "cavity-sweep"))
                .body("find { it.type == 'hbt-pulsed' }.parameters.find { it.name == 'repetitionRate' }.defaultValue",
                        equalTo(5.0f))
                .body("find { it.type == 'hbt-pulsed' }.parameters.find { it.name == 'repetitionRate' }.unit",
                        equalTo("MHz"))
                .body("find { it.type == 'blinking' }.parameters.find { it.name == 'binWidth' }.defaultValue",
                        equalTo(5.0f));
    }

    @Test
    void a_short_pulsed_hbt_run_completes_with_its_snapshot_raw_data_and_a_dip_at_zero_delay() throws Exception {
        // when
        String id = given().contentType("application/json").body("""
                {"type": "hbt-pulsed", "cavityId": "%s", "parameters": {"duration": "2 s", "range": "500 ns"}}"""
                .formatted(ids.cavity().value()))
                .when().post("/api/measurements").then().statusCode(201)
                .body("measurement.status", org.hamcrest.Matchers.oneOf("running", "completed"))
                .body("measurement.targetId", equalTo(ids.cavity().value()))
                .extract().jsonPath().getString("measurement.id");
        JsonPath done = awaitEnd(id, Duration.ofSeconds(60));
        // then
        assertThat(done.getString("measurement.status")).isEqualTo("completed");
        assertThat(done.getBoolean("measurement.rawComplete")).isTrue();
        long tags = done.getLong("measurement.rawRecords");
        assertThat(tags).isGreaterThan(1000);
        assertThat(axon.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        given().when().get("/api/samples/" + id + "/history").then().statusCode(200)
                .body("eventType", hasItems("MeasurementStarted", "RawDataRecorded", "MeasurementCompleted"))
                .body("payloadJson[0]", containsString("pulsed-laser"));
        given().when().get("/api/samples/" + ids.cavity().value() + "/genealogy").then().statusCode(200)
                .body("nodes.id", hasItem(id));
        // the run is analysed on its own: a purity with its uncertainty, whose lineage reaches the reagent bottles
        String resultId = "result-g2-pulsed-" + id.replaceFirst("^measurement-", "");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (given().when().get("/api/results/" + resultId).statusCode() != 200 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        JsonPath result = given().when().get("/api/results/" + resultId).then().statusCode(200).extract().jsonPath();
        assertThat(result.getString("computed.method")).isEqualTo("g2-pulsed@1");
        assertThat(result.getString("computed.rawSha256")).isEqualTo(done.getString("measurement.rawSha256"));
        float purity = result.getFloat("computed.values.find { it.name == 'purity' }.value");
        float sigma = result.getFloat("computed.values.find { it.name == 'purity' }.sigma");
        assertThat(purity).isBetween(0.8f, 1.0f);
        assertThat(sigma).isPositive().isLessThan(0.1f);
        given().when().get("/api/results/" + resultId + "/lineage").then().statusCode(200)
                .body("nodes.id", hasItems(id, ids.cavity().value(), ids.film().value(), ids.batch().value(),
                        lots.cs2co3().value(), lots.pbI2().value()));
        given().when().get("/api/results/" + resultId + "/lineage").then().statusCode(200)
                .body("reagentLots.lotId", hasItems(lots.cs2co3().value(), lots.pbI2().value()))
                .body("reagentLots.find { it.lotId == '%s' }.supplier".formatted(lots.pbI2().value()), notNullValue())
                .body("edges.actor", everyItem(notNullValue())).body("nodes.createdAt", everyItem(notNullValue()));
        // reporting needs a reason
        given().contentType("application/json").body("{\"label\": \"Farrow 2024, Fig. 4e\"}")
                .when().post("/api/results/" + resultId + "/report").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        given().contentType("application/json").body("""
                {"label": "Farrow 2024, Fig. 4e", "reason": "standard analysis, no background subtraction"}""")
                .when().post("/api/results/" + resultId + "/report").then().statusCode(200)
                .body("reportedAs", hasItem("Farrow 2024, Fig. 4e")).body("result.status", equalTo("reported"))
                .body("reports[0].reason", equalTo("standard analysis, no background subtraction"));
        // the recorded number is recomputed from the stored raw data, value for value
        given().when().get("/api/results/" + resultId + "/recompute").then().statusCode(200)
                .body("matches", equalTo(true)).body("differences", hasSize(0));
        // re-analysis with other choices is a new result with its reason; bad choices are named
        given().contentType("application/json").body("""
                {"measurementId": "%s", "options": {"background": "sloped", "window": "-1 ns"}}""".formatted(id))
                .when().post("/api/results").then().statusCode(400)
                .body("errors.field", hasItems("options.background", "options.window", "reason"));
        JsonPath again = given().contentType("application/json").body("""
                {"measurementId": "%s", "options": {"background": "flat"}, "reason": "subtract the flat background"}"""
                .formatted(id)).when().post("/api/results").then().statusCode(201)
                .body("reason", equalTo("subtract the flat background"))
                .body("computed.parameters.find { it.name == 'given.background' }.value", equalTo("flat"))
                .extract().jsonPath();
        String second = again.getString("result.id");
        assertThat(second).isNotEqualTo(resultId).startsWith(resultId);
        given().when().get("/api/results/" + second + "/recompute").then().statusCode(200).body("matches", equalTo(true));
        // the reverse question: every result made from the PbI2 lot
        given().queryParam("madeFrom", lots.pbI2().value()).queryParam("limit", 500).when().get("/api/results")
                .then().statusCode(200).body("rows.id", hasItems(resultId, second));
        given().queryParam("madeFrom", "no-such-lot").when().get("/api/results").then().statusCode(404);
        // the exported PTU file holds every stored tag, and its g²(τ) has a dip at τ = 0
        byte[] ptu = given().when().get("/api/measurements/" + id + "/raw.ptu").then().statusCode(200).extract()
                .asByteArray();
        Path file = Files.createTempFile("hbt", ".ptu");
        Files.write(file, ptu);
        CorrelationHistogram g2;
        try (PtuReader reader = PtuReader.open(file)) {
            g2 = CrossCorrelator.correlate(reader, new CorrelationSpec(0, 1, 1000, 500_000, 0));
        } finally {
            Files.delete(file);
        }
        long centre = window(g2, 0);
        long side = (window(g2, -200_000) + window(g2, 200_000)) / 2;
        assertThat(g2.countA() + g2.countB()).isEqualTo(tags);
        assertThat(side).isGreaterThan(50);
        assertThat((double) centre / side).isLessThan(0.3);
    }

    /** Coincidences within ±20 ns of a delay. */
    private static long window(CorrelationHistogram h, long delayPs) {
        long sum = 0;
        long[] delays = h.delaysPs();
        for (int i = 0; i < delays.length; i++) {
            if (Math.abs(delays[i] - delayPs) <= 20_000) {
                sum += h.counts()[i];
            }
        }
        return sum;
    }

    @Test
    void a_second_start_is_refused_while_a_run_is_on_and_a_stopped_run_keeps_its_data_and_reason() {
        // given
        String id = given().contentType("application/json").body("""
                {"type": "hbt-cw", "cavityId": "%s", "parameters": {"duration": "20 s"}}"""
                .formatted(ids.cavity().value()))
                .when().post("/api/measurements").then().statusCode(201).extract().jsonPath()
                .getString("measurement.id");
        // when / then
        given().contentType("application/json").body("""
                {"type": "trpl", "cavityId": "%s"}""".formatted(ids.cavity().value()))
                .when().post("/api/measurements").then().statusCode(409)
                .body("detail", containsString("busy with measurement " + id));
        given().contentType("application/json").body("{\"reason\": \" \"}")
                .when().post("/api/measurements/" + id + "/abort").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().contentType("application/json").body("{\"reason\": \"dot drifted out of focus\"}")
                .when().post("/api/measurements/" + id + "/abort").then().statusCode(202);
        JsonPath done = awaitEnd(id, Duration.ofSeconds(30));
        assertThat(done.getString("measurement.status")).isEqualTo("aborted");
        assertThat(done.getString("measurement.endMessage")).isEqualTo("dot drifted out of focus");
        assertThat(done.getBoolean("measurement.rawComplete")).isFalse();
        assertThat(done.getLong("measurement.rawRecords")).isPositive();
        given().when().get("/api/measurements/" + id + "/raw").then().statusCode(200);
    }

    @Test
    void bad_requests_name_every_problem_and_store_nothing() throws SQLException {
        // given
        long before = measurementEvents();
        // when / then
        given().contentType("application/json").body("{\"type\": \"hbt-quantum\", \"cavityId\": \"x\"}")
                .when().post("/api/measurements").then().statusCode(400)
                .body("errors[0].field", equalTo("type")).body("errors[0].message", containsString("hbt-pulsed"));
        given().contentType("application/json").body("""
                {"type": "hbt-pulsed", "cavityId": "%s", "parameters": {"binWidth": "-3 ps", "colour": "red",
                 "duration": "ten seconds"}}""".formatted(ids.cavity().value()))
                .when().post("/api/measurements").then().statusCode(400)
                .body("errors.field", hasItems("parameters.binWidth", "parameters.colour", "parameters.duration"));
        given().contentType("application/json").body("""
                {"type": "confocal-scan", "filmId": "%s"}""".formatted(ids.film().value()))
                .when().post("/api/measurements").then().statusCode(400)
                .body("errors[0].field", equalTo("position"));
        given().contentType("application/json").body("""
                {"type": "trpl", "cavityId": "cavity-nope"}""")
                .when().post("/api/measurements").then().statusCode(400)
                .body("errors[0].field", equalTo("cavityId"));
        given().contentType("application/json").body("""
                {"type": "trpl", "cavityId": "%s", "filmId": "%s"}""".formatted(ids.cavity().value(),
                        ids.film().value()))
                .when().post("/api/measurements").then().statusCode(400)
                .body("errors[0].field", equalTo("target"));
        given().contentType("application/json").body("{\"type\": \"trpl\", \"cavityId\": 5, \"extra\": 1}")
                .when().post("/api/measurements").then().statusCode(400).body("errors[0].field", equalTo("extra"));
        given().when().get("/api/measurements/measurement-nope").then().statusCode(404);
        assertThat(measurementEvents()).isEqualTo(before);
    }

    @Test
    void the_console_starts_a_run_with_one_click_and_redraws_the_histogram_until_it_completes() {
        try (Browser browser = Browser.open()) {
            // given the console with the cavity and pulsed HBT chosen
            browser.go(root + "measure?target=" + ids.cavity().value() + "&type=hbt-pulsed");
            browser.type("#param-duration", "3 s");
            // when
            browser.find("#measure-start").click();
            // then the picture is redrawn while the run goes on, and the run completes
            browser.until(d -> {
                Object n = browser.js("var s = document.querySelector('#measure-status');"
                        + "return s ? s.getAttribute('data-updates') : null");
                return n != null && Long.parseLong(n.toString()) >= 4;
            });
            browser.js("document.querySelector('#measure-plot').scrollIntoView()");
            browser.screenshot("measure-console-running");
            browser.until(d -> "completed".equals(browser.js(
                    "return document.querySelector('#measure-status').getAttribute('data-status')")));
            assertThat(browser.find("#measure-plot svg polyline").getAttribute("points")).isNotBlank();
            browser.screenshot("measure-console-completed");
            String href = browser.find("#measure-result").getAttribute("href");
            browser.go(href);
            browser.find("#snapshot-grid");
            assertThat(browser.find("#measurement-title").getText()).contains("completed");
            browser.find("#measurement-plot svg");
            browser.screenshot("measurement-record");
            // the automatic analysis adds the purity; its page draws the windows over the data and the lineage
            String recordUrl = browser.js("return location.href").toString();
            browser.until(d -> {
                if (!d.findElements(org.openqa.selenium.By.cssSelector("a.pl-result")).isEmpty()) {
                    return true;
                }
                d.navigate().to(recordUrl);
                return false;
            });
            browser.go(browser.find("a.pl-result").getAttribute("href"));
            assertThat(browser.find("#result-headline").getText()).startsWith("purity = ").contains("±");
            browser.find("#result-plot svg");
            assertThat(browser.find("#result-reproduced").getText()).startsWith("✔");
            assertThat(browser.find("#lineage-grid").getText()).contains(lots.pbI2().value())
                    .contains(lots.cs2co3().value());
            browser.screenshot("result-page");
            browser.type("#report-label", "Group meeting");
            browser.type("#report-reason", "first look at the new cavity");
            browser.find("#report-button").click();
            browser.until(d -> browser.find(".pl-report").getText().contains("first look at the new cavity"));
            String first = browser.js("return location.href").toString();
            browser.type("#option-window", "20 ns");
            browser.type("#reanalyse-reason", "a narrower window than the data suggest");
            browser.find("#reanalyse-button").click();
            browser.until(d -> !first.equals(browser.js("return location.href").toString()));
            assertThat(browser.find("#result-headline").getText()).startsWith("purity = ");
            assertThat(browser.find("#result-because").getText()).contains("a narrower window than the data suggest");
            browser.screenshot("result-reanalysed");
        }
    }
}
