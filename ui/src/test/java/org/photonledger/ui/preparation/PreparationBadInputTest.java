package org.photonledger.ui.preparation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.photonledger.ui.preparation.PreparationApi.csOleate;
import static org.photonledger.ui.preparation.PreparationApi.eventCount;
import static org.photonledger.ui.preparation.PreparationApi.freshLot;
import static org.photonledger.ui.preparation.PreparationApi.post;
import static org.photonledger.ui.preparation.PreparationApi.q;
import static org.photonledger.ui.preparation.PreparationApi.remaining;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.photonledger.processing.store.LedgerDatabase;

/** Bad input to the REST write API gets a 400 problem naming each bad field, and nothing is stored. */
@QuarkusTest
class PreparationBadInputTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    @LedgerDatabase
    DataSource db;

    @Inject
    PreparationFacade facade;

    @Test
    void wrong_and_unknown_units_are_refused_naming_the_field() throws SQLException {
        // given
        String batch = batch();
        String cs = freshLot("Caesium carbonate", "534-17-8", 10, "g");
        String oa = freshLot("Oleic acid", "112-80-1", 100, "mL");
        String ode = freshLot("1-Octadecene", "112-88-9", 100, "mL");
        String body = csOleate(cs, 0.407, oa, ode)
                .replace(q(1, "h"), q(1, "g"))
                .replace(q(150, "°C"), q(150, "furlong"));
        long before = eventCount(db);
        // when / then
        post("/api/batches/" + batch + "/steps/cs-oleate", body)
                .statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("degasTime", "heatingTemperature.unit"))
                .body("errors.find { it.field == 'degasTime' }.message", containsString("must have a unit of h, min, s"))
                .body("errors.find { it.field == 'heatingTemperature.unit' }.message", containsString("allowed: K, °C"));
        assertThat(eventCount(db)).isEqualTo(before);
        assertThat(remaining(cs)).isEqualTo(10.0);
    }

    @Test
    void missing_fields_are_all_named_at_once() throws SQLException {
        // given
        String batch = batch();
        long before = eventCount(db);
        // when / then
        post("/api/batches/" + batch + "/steps/pbi2-solution", "{}")
                .statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("leadIodide", "octadecene", "vacuumTemperature", "vacuumTime", "oleicAcid",
                        "oleylamine", "ligandTemperature"));
        post("/api/batches", "{\"protocol\": \"x\"}")
                .statusCode(400).body("errors.field", hasItem("name"));
        post("/api/mirrors", "{\"kind\": \"FEATURED\", \"material\": \"Spectrosil 2000\"}")
                .statusCode(400).body("errors.field", hasItems("plinthHeight", "plinthTopWidth", "plinthTopLength"));
        assertThat(eventCount(db)).isEqualTo(before);
    }

    @Test
    void a_step_out_of_order_is_refused_saying_which_step_is_missing() throws SQLException {
        // given a batch without its two flasks
        String batch = batch();
        String edta = freshLot("EDTA", "60-00-4", 1, "g");
        long before = eventCount(db);
        // when / then
        post("/api/batches/" + batch + "/steps/hot-injection", """
                {"injectionTemperature": %s, "csOleateVolume": %s, "quench": "ice bath"}""".formatted(q(180, "°C"), q(2, "mL")))
                .statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("step"))
                .body("errors[0].message", containsString("missing step 'Cs-oleate precursor prepared' and 'PbI2 solution prepared'"));
        // and a sample cannot be made from a batch that is not stored yet
        post("/api/samples/edta-treatment", """
                {"parents": ["%s"], "dotVolume": %s, "edta": {"lotId": "%s", "amount": %s}, "duration": %s, "filterPoreSize": %s}"""
                .formatted(batch, q(1, "mL"), edta, q(5, "mg"), q(14, "h"), q(200, "nm")))
                .statusCode(400)
                .body("errors[0].field", equalTo("parents[0]"))
                .body("errors[0].message", containsString("missing step 'storage'"));
        assertThat(eventCount(db)).isEqualTo(before);
        assertThat(remaining(edta)).isEqualTo(1.0);
    }

    @Test
    void a_step_that_would_take_stock_below_zero_is_refused_and_the_stock_is_untouched() throws SQLException {
        // given a Cs2CO3 lot with only 0.1 g left
        String batch = batch();
        String cs = freshLot("Caesium carbonate", "534-17-8", 0.1, "g");
        String oa = freshLot("Oleic acid", "112-80-1", 100, "mL");
        String ode = freshLot("1-Octadecene", "112-88-9", 100, "mL");
        long before = eventCount(db);
        // when / then
        post("/api/batches/" + batch + "/steps/cs-oleate", csOleate(cs, 0.407, oa, ode))
                .statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("caesiumCarbonate.amount"))
                .body("errors[0].message", containsString("has only 0.1 g"));
        assertThat(eventCount(db)).isEqualTo(before);
        assertThat(remaining(cs)).isEqualTo(0.1);
        assertThat(remaining(oa)).isEqualTo(100.0);
        assertThat(remaining(ode)).isEqualTo(100.0);
    }

    @Test
    void a_correction_or_a_void_without_a_reason_is_refused() throws SQLException {
        // given a recorded Cs-oleate step
        String batch = batch();
        String cs = freshLot("Caesium carbonate", "534-17-8", 10, "g");
        String oa = freshLot("Oleic acid", "112-80-1", 100, "mL");
        String ode = freshLot("1-Octadecene", "112-88-9", 100, "mL");
        String step = post("/api/batches/" + batch + "/steps/cs-oleate", csOleate(cs, 0.407, oa, ode))
                .statusCode(200).extract().path("stepId");
        long before = eventCount(db);
        // when / then
        post("/api/samples/" + batch + "/steps/" + step + "/correction", """
                {"values": %s, "reason": " "}""".formatted(csOleate(cs, 0.41, oa, ode)))
                .statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("reason"))
                .body("errors.find { it.field == 'reason' }.message", containsString("is required: say why"));
        post("/api/samples/" + batch + "/steps/" + step + "/correction", "{\"reason\": \"typo\"}")
                .statusCode(400).body("errors[0].field", equalTo("values"));
        post("/api/samples/" + batch + "/steps/" + step + "/correction", """
                {"values": %s, "reason": "typo"}""".formatted(csOleate(cs, 0.407, oa, ode).replace(q(1, "h"), q(-1, "h"))))
                .statusCode(400).body("errors[0].field", equalTo("values.degasTime"));
        post("/api/samples/" + batch + "/steps/" + step + "/void", "{}")
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        assertThat(eventCount(db)).isEqualTo(before);
        assertThat(remaining(cs)).isEqualTo(10 - 0.407);
    }

    @Test
    void a_correction_cannot_change_what_the_object_is_made_of() throws SQLException {
        // given a planar mirror
        String mirror = post("/api/mirrors", "{\"kind\": \"PLANAR\", \"material\": \"Spectrosil 2000\"}")
                .statusCode(201).extract().path("id");
        long before = eventCount(db);
        // when the substrate correction tries to turn it into a featured mirror / then
        String firstStep = firstStepOf(mirror);
        post("/api/samples/" + mirror + "/steps/" + firstStep + "/correction", """
                {"values": {"kind": "FEATURED", "material": "Spectrosil 2000"}, "reason": "wrong kind"}""")
                .statusCode(400).body("errors[0].field", equalTo("values.kind"))
                .body("errors[0].message", containsString("cannot be corrected"));
        // and a milling step on a planar mirror is refused naming the mirror
        post("/api/mirrors/" + mirror + "/steps/feature-milling", """
                {"features": [{"label": "A1", "depth": %s, "radiusOfCurvature": %s, "width": %s, "position": {"x": %s, "y": %s}}]}"""
                .formatted(q(0.3, "µm"), q(8, "µm"), q(4.4, "µm"), q(0, "µm"), q(0, "µm")))
                .statusCode(400).body("errors[0].field", equalTo("mirrorId"));
        assertThat(eventCount(db)).isEqualTo(before);
    }

    @Test
    void malformed_bodies_name_the_field_and_unknown_objects_are_404() throws SQLException {
        String batch = batch();
        long before = eventCount(db);
        post("/api/batches/" + batch + "/steps/storage", "{\"location\": ")
                .statusCode(400).body("errors[0].field", equalTo("body"));
        post("/api/batches/" + batch + "/steps/hot-injection", "{\"injectionTemperature\": \"180 C\"}")
                .statusCode(400).body("errors[0].field", equalTo("injectionTemperature"));
        post("/api/batches/" + batch + "/steps/storage", "{\"location\": \"fridge\", \"colour\": \"blue\"}")
                .statusCode(400).body("errors[0].field", equalTo("colour"));
        post("/api/batches/batch-does-not-exist/steps/storage", "{\"location\": \"fridge\"}")
                .statusCode(404).contentType(PROBLEM).body("detail", containsString("batch-does-not-exist"));
        post("/api/mirrors/" + batch + "/steps/dbr-coating", "{}")
                .statusCode(404).body("detail", containsString("no mirror with id"));
        post("/api/samples/sample-does-not-exist/steps/step-x/void", "{\"reason\": \"x\"}").statusCode(404);
        post("/api/samples/" + batch + "/steps/step-does-not-exist/correction", "{\"values\": {}, \"reason\": \"x\"}")
                .statusCode(404).body("detail", containsString("no step 'step-does-not-exist'"));
        given().contentType(ContentType.JSON).body("{\"reason\": \"x\"}").when().post("/api/cavities/cavity-nope/disassemble")
                .then().statusCode(404);
        assertThat(eventCount(db)).isEqualTo(before);
    }

    private static String batch() {
        return post("/api/batches", "{\"name\": \"bad-input batch " + UUID.randomUUID() + "\"}")
                .statusCode(201).extract().path("id");
    }

    private String firstStepOf(String id) {
        return facade.steps(id).getFirst().stepId().value();
    }
}
