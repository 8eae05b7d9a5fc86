package org.photonledger.ui.preparation;

import static io.restassured.RestAssured.given;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;

/** What the preparation tests do over REST: fresh reagent lots, posts, stock and event counts. */
final class PreparationApi {

    /** Numbers as doubles, so stock amounts compare exactly rather than as floats. */
    static final RestAssuredConfig DOUBLES = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    private PreparationApi() {
    }

    /** Registers a lot of its own for a test, so tests never compete for the shared paper lots' stock. */
    static String freshLot(String chemical, String cas, double amount, String unit) {
        String body = """
                {"chemicalName":"%s","casNumber":"%s","supplier":"Sigma-Aldrich","lotNumber":"T-%s",
                 "amount":%s,"amountUnit":"%s","receivedOn":"2024-01-15","storageLocation":"test shelf"}"""
                .formatted(chemical, cas, UUID.randomUUID(), amount, unit);
        return given().contentType(ContentType.JSON).body(body).when().post("/api/reagent-lots")
                .then().statusCode(201).extract().path("id");
    }

    static double remaining(String lotId) {
        return given().config(DOUBLES).when().get("/api/reagent-lots/" + lotId)
                .then().statusCode(200).extract().jsonPath().getDouble("remaining.value");
    }

    static ValidatableResponse post(String path, String body) {
        return given().config(DOUBLES).contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    static String q(double value, String unit) {
        return "{\"value\": " + value + ", \"unit\": \"" + unit + "\"}";
    }

    static String use(String lotId, double value, String unit) {
        return "{\"lotId\": \"" + lotId + "\", \"amount\": " + q(value, unit) + "}";
    }

    /** The paper's Cs-oleate step with a given Cs2CO3 mass. */
    static String csOleate(String cs2co3, double grams, String oleicAcid, String octadecene) {
        return """
                {"caesiumCarbonate": %s, "oleicAcid": %s, "octadecene": %s, "degasTime": %s, "heatingTemperature": %s,
                 "nitrogenSwitchTemperature": %s, "cooledToTemperature": %s}""".formatted(use(cs2co3, grams, "g"),
                use(oleicAcid, 1.25, "mL"), use(octadecene, 20, "mL"), q(1, "h"), q(150, "°C"), q(100, "°C"), q(130, "°C"));
    }

    static long eventCount(DataSource db) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM domain_event_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
