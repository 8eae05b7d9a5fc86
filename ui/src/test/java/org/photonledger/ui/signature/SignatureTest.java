package org.photonledger.ui.signature;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.photonledger.ui.axon.AxonRuntime;
import org.photonledger.ui.measurement.PaperCavity;
import org.photonledger.ui.security.TestUsers;
import org.photonledger.ui.security.UserDirectory;

/**
 * Electronic signatures end to end: a measured result is signed by a reviewer who types the password again; a wrong
 * password, a non-reviewer and a missing meaning are refused with nothing recorded; the signature names who, when,
 * the meaning and the SHA-256 over the result and its lineage; reading it recomputes that digest, and once a sample
 * upstream is discarded the signature shows as stale, naming the record that changed. Signing again then gives a
 * new, valid signature over the new digest; the old one stays, stale.
 */
@QuarkusTest
class SignatureTest {

    private static final String PASSWORD = "reviewer password";

    @Inject
    AxonRuntime axon;

    @Inject
    UserDirectory directory;

    @Test
    void a_reviewer_signs_a_result_and_a_later_change_upstream_shows_the_signature_as_stale() {
        String reviewer = "rev-s-" + UUID.randomUUID().toString().substring(0, 6);
        String chemist = "chem-s-" + UUID.randomUUID().toString().substring(0, 6);
        directory.create(reviewer, PASSWORD, List.of("reviewer"), TestUsers.ADMIN_ACTOR);
        directory.create(chemist, PASSWORD, List.of("chemist"), TestUsers.ADMIN_ACTOR);
        PaperCavity cavity = PaperCavity.record(axon, "signature test");
        String resultId = measuredResult(cavity.ids().cavity().value());
        String path = "/api/results/" + resultId + "/signatures";

        // refused: wrong password, not a reviewer, no meaning — and nothing recorded
        TestUsers.as(reviewer, PASSWORD).contentType(ContentType.JSON)
                .body("{\"meaning\": \"reviewed\", \"password\": \"not my password\"}")
                .when().post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("password"))
                .body(org.hamcrest.Matchers.not(containsString("not my password")));
        TestUsers.as(chemist, PASSWORD).contentType(ContentType.JSON)
                .body("{\"meaning\": \"reviewed\", \"password\": \"" + PASSWORD + "\"}")
                .when().post(path).then().statusCode(403).body("detail", containsString("needs the role 'reviewer'"));
        TestUsers.as(reviewer, PASSWORD).contentType(ContentType.JSON)
                .body("{\"meaning\": \"looked at it\", \"password\": \"" + PASSWORD + "\"}")
                .when().post(path).then().statusCode(400).body("errors[0].field", equalTo("meaning"));
        given().when().get(path).then().statusCode(200).body("$", hasSize(0));

        // signed: who, meaning, the digest over the result and its lineage
        JsonPath signed = TestUsers.as(reviewer, PASSWORD).contentType(ContentType.JSON)
                .body("{\"meaning\": \"approved\", \"password\": \"" + PASSWORD + "\"}")
                .when().post(path).then().statusCode(201).extract().jsonPath();
        assertThat(signed.getString("signer")).isEqualTo(reviewer);
        assertThat(signed.getString("meaning")).isEqualTo("approved");
        assertThat(signed.getString("sha256")).matches("[0-9a-f]{64}");
        assertThat(signed.getBoolean("stale")).isFalse();
        // result, measurement, cavity, film, mirrors, samples, batch and the reagent lots
        assertThat(signed.getInt("records")).isGreaterThanOrEqualTo(10);
        given().when().get("/api/samples/" + resultId + "/history").then().statusCode(200)
                .body("find { it.eventType == 'ResultSigned' }.actor", equalTo(reviewer))
                .body("find { it.eventType == 'ResultSigned' }.summary", containsString("Signed (approved) by " + reviewer));

        // something upstream changes: the EDTA-treated sample is discarded
        given().contentType(ContentType.JSON).body("{\"reason\": \"contaminated vial found\"}")
                .when().post("/api/samples/" + cavity.ids().edtaTreated().value() + "/discard").then().statusCode(200);
        JsonPath after = given().when().get(path).then().statusCode(200).extract().jsonPath();
        assertThat(after.getBoolean("[0].stale")).isTrue();
        assertThat(after.getList("[0].changed", String.class)).singleElement().asString()
                .contains(cavity.ids().edtaTreated().value()).contains("changed since signing");

        // signing again covers the new state; the old signature stays, stale
        TestUsers.as(reviewer, PASSWORD).contentType(ContentType.JSON)
                .body("{\"meaning\": \"reviewed\", \"password\": \"" + PASSWORD + "\"}")
                .when().post(path).then().statusCode(201).body("stale", equalTo(false));
        given().when().get(path).then().statusCode(200).body("$", hasSize(2))
                .body("stale", equalTo(List.of(true, false)));
    }

    /** A 2 s pulsed-HBT run on the cavity, analysed automatically; the id of its g² result. */
    private static String measuredResult(String cavityId) {
        String id = given().contentType("application/json").body("""
                {"type": "hbt-pulsed", "cavityId": "%s", "parameters": {"duration": "2 s", "range": "500 ns"}}"""
                .formatted(cavityId)).when().post("/api/measurements").then().statusCode(201)
                .extract().jsonPath().getString("measurement.id");
        String resultId = "result-g2-pulsed-" + id.replaceFirst("^measurement-", "");
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (given().when().get("/api/results/" + resultId).statusCode() != 200 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
        given().when().get("/api/results/" + resultId).then().statusCode(200);
        return resultId;
    }
}
