package org.photonledger.ui.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photonledger.processing.store.LedgerDatabase;
import org.photonledger.ui.axon.ActorContext;
import org.photonledger.ui.axon.AxonRuntime;
import org.photonledger.ui.measurement.PaperCavity;
import org.photonledger.ui.reagent.ReagentLotResourceTest;

/**
 * Users and roles end to end through REST: who may sign in, which role each kind of command needs, that a refusal
 * stores nothing, the admin's account endpoints, and the web session of the login page.
 */
@QuarkusTest
class UsersAndRolesTest {

    private static final String PASSWORD = "correct horse battery";

    @Inject
    UserDirectory directory;

    @Inject
    AxonRuntime axon;

    @Inject
    @LedgerDatabase
    DataSource db;

    private String chemist;
    private String physicist;
    private String reviewer;

    @BeforeEach
    void people() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        chemist = "chem-" + suffix;
        physicist = "phys-" + suffix;
        reviewer = "rev-" + suffix;
        directory.create(chemist, PASSWORD, List.of("chemist"), TestUsers.ADMIN_ACTOR);
        directory.create(physicist, PASSWORD, List.of("physicist"), TestUsers.ADMIN_ACTOR);
        directory.create(reviewer, PASSWORD, List.of("reviewer"), TestUsers.ADMIN_ACTOR);
    }

    @Test
    void rest_needs_a_user_and_refuses_a_wrong_password_or_an_unknown_user() {
        TestUsers.anonymous().when().get("/api/reagent-lots").then().statusCode(401);
        TestUsers.as(chemist, "wrong password!").when().get("/api/reagent-lots").then().statusCode(401);
        TestUsers.as("nobody-here", PASSWORD).when().get("/api/reagent-lots").then().statusCode(401);
        TestUsers.as(chemist, PASSWORD).when().get("/api/reagent-lots").then().statusCode(200);
        // the API description stays readable without signing in
        TestUsers.anonymous().when().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void each_command_needs_its_role_and_a_refusal_stores_nothing() throws Exception {
        long before = axon.headIndex();
        String lot = "SEC-" + UUID.randomUUID();
        // a physicist and a reviewer may not log reagents: 403 naming the role, no event
        for (String who : List.of(physicist, reviewer)) {
            TestUsers.as(who, PASSWORD).contentType(ContentType.JSON)
                    .body(ReagentLotResourceTest.lotJson(lot, "10101-63-0"))
                    .when().post("/api/reagent-lots")
                    .then().statusCode(403)
                    .body("detail", containsString("'" + who + "' may not RegisterReagentLot: it needs the role 'chemist'"));
        }
        assertThat(axon.headIndex()).isEqualTo(before);
        // the chemist may, and the event names the chemist
        String id = TestUsers.as(chemist, PASSWORD).contentType(ContentType.JSON)
                .body(ReagentLotResourceTest.lotJson(lot, "10101-63-0"))
                .when().post("/api/reagent-lots").then().statusCode(201).extract().path("id");
        TestUsers.as(reviewer, PASSWORD).when().get("/api/reagent-lots/" + id)
                .then().statusCode(200).body("registeredBy", equalTo(chemist));

        // a chemist may not start a measurement, and no instrument moves: 403 before the run begins
        PaperCavity cavity = PaperCavity.record(axon, "security test");
        long beforeRun = axon.headIndex();
        String body = """
                {"type": "trpl", "cavityId": "%s", "parameters": {"duration": "1 s"}}""".formatted(cavity.ids().cavity().value());
        TestUsers.as(chemist, PASSWORD).contentType(ContentType.JSON).body(body)
                .when().post("/api/measurements")
                .then().statusCode(403)
                .body("detail", containsString("it needs the role 'physicist'"));
        TestUsers.as(reviewer, PASSWORD).contentType(ContentType.JSON).body(body)
                .when().post("/api/measurements").then().statusCode(403);
        assertThat(axon.headIndex()).isEqualTo(beforeRun);
        assertThat(count("SELECT COUNT(*) FROM measurement_view WHERE target_id = ?", cavity.ids().cavity().value()))
                .isZero();
    }

    @Test
    void commands_from_code_check_the_same_table_as_rest() {
        Actor reviewerActor = Actor.of("rev", Role.REVIEWER);
        assertThatThrownBy(() -> ActorContext.runAs(reviewerActor, () -> PaperCavity.record(axon, "refused")))
                .isInstanceOf(CommandNotAllowedException.class)
                .hasMessageContaining("'rev' may not");
    }

    @Test
    void accounts_are_the_admins_with_clear_errors_and_bcrypt_hashes() throws Exception {
        // a non-admin cannot even list them
        TestUsers.as(chemist, PASSWORD).when().get("/api/admin/users").then().statusCode(403);
        TestUsers.as(chemist, PASSWORD).when().get("/api/admin/integrity").then().statusCode(403);
        // bad input: every field named, nothing created
        given().contentType(ContentType.JSON).body("""
                {"username": "Bad Name", "password": "short", "roles": ["wizard"]}""")
                .when().post("/api/admin/users")
                .then().statusCode(400)
                .body("errors.field", hasItem("username")).body("errors.field", hasItem("password"))
                .body("errors.field", hasItem("roles"))
                .body(not(containsString("short")));
        given().contentType(ContentType.JSON).body("""
                {"username": "%s", "password": "long enough pw", "roles": ["chemist"]}""".formatted(chemist))
                .when().post("/api/admin/users")
                .then().statusCode(400).body("errors[0].message", containsString("is taken"));
        given().contentType(ContentType.JSON).body("{\"username\": \"x\"}").when().post("/api/admin/users")
                .then().statusCode(400);
        // create, sign in, change roles, reset the password, disable
        String name = "new-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body("""
                {"username": "%s", "password": "first password", "roles": ["reviewer"]}""".formatted(name))
                .when().post("/api/admin/users")
                .then().statusCode(201).body("roles", equalTo(List.of("reviewer"))).body(not(containsString("$2")));
        String hash = text("SELECT password_hash FROM ledger_user WHERE username = ?", name);
        assertThat(hash).startsWith("$2").doesNotContain("first password");
        TestUsers.as(name, "first password").when().get("/api/session").then().statusCode(200)
                .body("user", equalTo(name)).body("roles", equalTo(List.of("reviewer")));
        given().contentType(ContentType.JSON).body("{\"roles\": [\"reviewer\", \"physicist\"]}")
                .when().put("/api/admin/users/" + name + "/roles").then().statusCode(200);
        TestUsers.as(name, "first password").when().get("/api/session").then()
                .body("roles", equalTo(List.of("physicist", "reviewer")));
        given().contentType(ContentType.JSON).body("{\"password\": \"second password\"}")
                .when().put("/api/admin/users/" + name + "/password").then().statusCode(200);
        TestUsers.as(name, "first password").when().get("/api/session").then().statusCode(401);
        TestUsers.as(name, "second password").when().get("/api/session").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"enabled\": false}")
                .when().put("/api/admin/users/" + name + "/enabled").then().statusCode(200);
        TestUsers.as(name, "second password").when().get("/api/session").then().statusCode(401);
        // every change is in the account log, with who made it
        given().when().get("/api/admin/users/changes?limit=20").then().statusCode(200)
                .body("findAll { it.username == '" + name + "' }.change",
                        equalTo(List.of("disabled", "password reset", "roles", "created")))
                .body("findAll { it.username == '" + name + "' }.by", hasItem(TestUsers.ADMIN));
        // (the last enabled admin cannot be disabled: UserDirectoryRulesTest, on a database of its own)
    }

    @Test
    void a_user_changes_their_own_password_after_giving_the_current_one() {
        TestUsers.as(reviewer, PASSWORD).contentType(ContentType.JSON)
                .body("{\"currentPassword\": \"not the password\", \"newPassword\": \"x\"}")
                .when().put("/api/session/password").then().statusCode(400)
                .body("errors.field", hasItem("currentPassword")).body("errors.field", hasItem("newPassword"));
        TestUsers.as(reviewer, PASSWORD).contentType(ContentType.JSON)
                .body("{\"currentPassword\": \"" + PASSWORD + "\", \"newPassword\": \"my own new password\"}")
                .when().put("/api/session/password").then().statusCode(200);
        TestUsers.as(reviewer, PASSWORD).when().get("/api/session").then().statusCode(401);
        TestUsers.as(reviewer, "my own new password").when().get("/api/session").then().statusCode(200)
                .body("user", equalTo(reviewer));
        given().when().get("/api/admin/users/changes?limit=5").then()
                .body("find { it.username == '" + reviewer + "' }.change", equalTo("password changed"))
                .body("find { it.username == '" + reviewer + "' }.by", equalTo(reviewer));
    }

    @Test
    void the_login_form_opens_a_web_session_that_the_api_accepts_and_sign_out_closes() {
        Response wrong = TestUsers.anonymous().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("username", chemist).formParam("password", "not it at all")
                .when().post("/api/session/login?target=/samples");
        assertThat(wrong.statusCode()).isEqualTo(303);
        assertThat(wrong.header("Location")).contains("/login?error").contains("target=%2Fsamples");
        assertThat(wrong.header("Set-Cookie")).isNull();

        Response right = TestUsers.anonymous().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("username", chemist).formParam("password", PASSWORD)
                .when().post("/api/session/login?target=/samples");
        assertThat(right.statusCode()).isEqualTo(303);
        assertThat(right.header("Location")).endsWith("/samples");
        assertThat(right.header("Set-Cookie")).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        String token = right.cookie(WebSessions.COOKIE);
        TestUsers.anonymous().cookie(WebSessions.COOKIE, token).when().get("/api/session")
                .then().statusCode(200).body("user", equalTo(chemist));
        // a link elsewhere after signing in goes home instead
        Response offsite = TestUsers.anonymous().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("username", chemist).formParam("password", PASSWORD)
                .when().post("/api/session/login?target=//evil.example/");
        assertThat(offsite.header("Location")).endsWith("/").doesNotContain("evil");

        TestUsers.anonymous().redirects().follow(false).cookie(WebSessions.COOKIE, token)
                .when().get("/api/session/logout").then().statusCode(303);
        TestUsers.anonymous().cookie(WebSessions.COOKIE, token).when().get("/api/session").then().statusCode(401);
        TestUsers.anonymous().cookie(WebSessions.COOKIE, "made-up-token").when().get("/api/session")
                .then().statusCode(401);
    }

    private long count(String sql, String arg) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private String text(String sql, String arg) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }
}
