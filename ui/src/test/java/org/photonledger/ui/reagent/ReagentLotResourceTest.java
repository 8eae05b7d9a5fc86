package org.photonledger.ui.reagent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.photonledger.processing.store.LedgerDatabase;

@QuarkusTest
public class ReagentLotResourceTest {

    @Inject
    @LedgerDatabase
    DataSource db;

    public static String lotJson(String lotNumber, String cas) {
        return """
                {"chemicalName":"Lead(II) iodide","casNumber":"%s","supplier":"Sigma-Aldrich","catalogueNumber":"900168",
                 "lotNumber":"%s","purityPercent":99.9985,"grade":"trace metals basis","amount":5,"amountUnit":"g",
                 "receivedOn":"2024-02-01","storageLocation":"Glovebox shelf 1"}""".formatted(cas, lotNumber);
    }

    @Test
    void a_lot_posted_through_rest_is_read_back_from_the_projection() {
        // given
        String lotNumber = "T-" + UUID.randomUUID();
        // when
        String id = given().contentType(ContentType.JSON).body(lotJson(lotNumber, "10101-63-0"))
                .when().post("/api/reagent-lots")
                .then().statusCode(201)
                .header("Location", containsString("/api/reagent-lots/"))
                .body("lotNumber", equalTo(lotNumber))
                .body("amount.unit", equalTo("g"))
                .body("remaining.value", equalTo(5.0f))
                .extract().path("id");
        // then
        given().when().get("/api/reagent-lots/" + id)
                .then().statusCode(200)
                .body("casNumber", equalTo("10101-63-0"))
                .body("purityPercent", equalTo(99.9985f))
                .body("registeredBy", equalTo(org.photonledger.ui.security.TestUsers.ADMIN));
        given().queryParam("filter", lotNumber).when().get("/api/reagent-lots")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", hasItem(id));
    }

    @Test
    void a_bad_cas_number_gets_a_problem_naming_the_field_and_stores_no_event() throws SQLException {
        // given
        long before = eventCount();
        // when / then
        given().contentType(ContentType.JSON).body(lotJson("T-bad", "10101-63-1"))
                .when().post("/api/reagent-lots")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("casNumber"))
                .body("errors[0].value", equalTo("10101-63-1"))
                .body("errors[0].message", containsString("check digit is 1 but the digits before it require 0"));
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void every_bad_field_is_reported_at_once() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"chemicalName":"","casNumber":"534-17-8","supplier":"Sigma","lotNumber":"x","purityPercent":0,
                         "amount":-1,"amountUnit":"g","receivedOn":"yesterday"}""")
                .when().post("/api/reagent-lots")
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("chemicalName", "purityPercent", "amount", "receivedOn"));
    }

    @Test
    void malformed_json_unknown_fields_and_wrong_types_are_refused_with_the_field_named() {
        given().contentType(ContentType.JSON).body("{\"chemicalName\": ")
                .when().post("/api/reagent-lots")
                .then().statusCode(400).body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("is not valid JSON at line 1"));
        given().contentType(ContentType.JSON).body("{\"purityPercent\": \"pure\"}")
                .when().post("/api/reagent-lots")
                .then().statusCode(400).body("errors[0].field", equalTo("purityPercent"));
        given().contentType(ContentType.JSON).body("{\"colour\": \"white\"}")
                .when().post("/api/reagent-lots")
                .then().statusCode(400).body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", containsString("known: amount"));
        given().contentType(ContentType.JSON).body(lotJson("T-unit", "10101-63-0").replace("\"g\"", "\"furlong\""))
                .when().post("/api/reagent-lots")
                .then().statusCode(400).body("errors.field", hasItem("amountUnit"))
                .body("errors[0].message", containsString("allowed: kg, g, mg"));
    }

    @Test
    void lists_are_paged_and_refuse_unknown_sort_fields() {
        given().queryParam("limit", 2).queryParam("sort", "-receivedOn,chemicalName")
                .when().get("/api/reagent-lots")
                .then().statusCode(200).body("limit", equalTo(2)).body("total", greaterThanOrEqualTo(0));
        given().queryParam("sort", "password").when().get("/api/reagent-lots")
                .then().statusCode(400).body("detail", containsString("cannot sort by 'password'"));
        given().queryParam("limit", 100000).when().get("/api/reagent-lots")
                .then().statusCode(400).body("detail", containsString("limit must be in [1, 500]"));
    }

    @Test
    void an_unknown_lot_is_a_404_problem() {
        given().when().get("/api/reagent-lots/lot-does-not-exist")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("lot-does-not-exist"));
    }

    @Test
    void the_papers_reagents_are_preloaded_by_the_system_actor() {
        given().queryParam("filter", "Caesium carbonate (Cs2CO3)").when().get("/api/reagent-lots")
                .then().statusCode(200)
                .body("items[0].casNumber", equalTo("534-17-8"))
                .body("items[0].registeredBy", equalTo("system"));
    }

    @Test
    void the_openapi_document_describes_the_reagent_endpoints() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/reagent-lots'.post.requestBody.content.'application/json'.schema.'$ref'",
                        containsString("ReagentLotRequest"));
    }

    private long eventCount() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM domain_event_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
