package org.photonledger.ui.preparation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.photonledger.ui.preparation.PreparationApi.csOleate;
import static org.photonledger.ui.preparation.PreparationApi.eventCount;
import static org.photonledger.ui.preparation.PreparationApi.freshLot;
import static org.photonledger.ui.preparation.PreparationApi.post;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.photonledger.domain.step.StepId;
import org.photonledger.processing.store.LedgerDatabase;
import org.photonledger.ui.axon.ActorContext;
import org.photonledger.ui.security.Actor;
import org.photonledger.ui.security.Role;
import org.photonledger.ui.security.TestUsers;
import org.photonledger.ui.security.UserDirectory;

/**
 * Two chemists correct the same step of the same batch, both starting from the version they opened: the first
 * correction lands, the second is refused with who changed it and when, and stores nothing — no lost update. The
 * same holds for a void, and for the facade the correction dialog uses.
 */
@QuarkusTest
class ConcurrentEditTest {

    private static final String PASSWORD = "chemist password";

    @Inject
    UserDirectory directory;

    @Inject
    PreparationFacade facade;

    @Inject
    @LedgerDatabase
    DataSource db;

    @Test
    void the_second_of_two_edits_from_the_same_version_is_refused_naming_who_changed_it_when() throws Exception {
        String alice = "alice-" + UUID.randomUUID().toString().substring(0, 6);
        String bob = "bob-" + UUID.randomUUID().toString().substring(0, 6);
        directory.create(alice, PASSWORD, List.of("chemist"), TestUsers.ADMIN_ACTOR);
        directory.create(bob, PASSWORD, List.of("chemist"), TestUsers.ADMIN_ACTOR);
        String batch = post("/api/batches", "{\"name\": \"concurrent batch " + UUID.randomUUID() + "\"}")
                .statusCode(201).extract().path("id");
        String cs = freshLot("Caesium carbonate", "534-17-8", 10, "g");
        String oa = freshLot("Oleic acid", "112-80-1", 100, "mL");
        String ode = freshLot("1-Octadecene", "112-88-9", 100, "mL");
        String step = post("/api/batches/" + batch + "/steps/cs-oleate", csOleate(cs, 0.407, oa, ode))
                .statusCode(200).extract().path("stepId");
        // both open the batch at the same version
        long opened = TestUsers.as(alice, PASSWORD).when().get("/api/samples/" + batch).then().statusCode(200)
                .extract().jsonPath().getLong("version");
        assertThat(TestUsers.as(bob, PASSWORD).when().get("/api/samples/" + batch).then().extract().jsonPath()
                .getLong("version")).isEqualTo(opened);
        String path = "/api/samples/" + batch + "/steps/" + step + "/correction";

        // alice corrects first
        TestUsers.as(alice, PASSWORD).contentType(ContentType.JSON).body("""
                {"values": %s, "reason": "balance read-out mistyped", "expectedVersion": %d}"""
                .formatted(csOleate(cs, 0.41, oa, ode), opened)).when().post(path).then().statusCode(200);
        long afterAlice = eventCount(db);

        // bob's correction from the same version is refused: who, when, reload — and nothing stored
        TestUsers.as(bob, PASSWORD).contentType(ContentType.JSON).body("""
                {"values": %s, "reason": "I think it was 0.5 g", "expectedVersion": %d}"""
                .formatted(csOleate(cs, 0.5, oa, ode), opened)).when().post(path).then().statusCode(409)
                .body("title", containsString("Changed by someone else"))
                .body("detail", containsString("Changed by " + alice + " at "))
                .body("detail", containsString("you edited version " + opened))
                .body("detail", containsString("Reload"));
        TestUsers.as(bob, PASSWORD).contentType(ContentType.JSON).body("""
                {"reason": "duplicate", "expectedVersion": %d}""".formatted(opened))
                .when().post("/api/samples/" + batch + "/steps/" + step + "/void").then().statusCode(409);
        assertThat(eventCount(db)).isEqualTo(afterAlice);
        assertThat(facade.step(batch, new StepId(step)).orElseThrow().values().toString()).contains("0.41");

        // after reloading, bob's correction on the current version lands
        long now = TestUsers.as(bob, PASSWORD).when().get("/api/samples/" + batch).then().extract().jsonPath()
                .getLong("version");
        assertThat(now).isGreaterThan(opened);
        TestUsers.as(bob, PASSWORD).contentType(ContentType.JSON).body("""
                {"values": %s, "reason": "notebook says 0.5 g after all", "expectedVersion": %d}"""
                .formatted(csOleate(cs, 0.5, oa, ode), now)).when().post(path).then().statusCode(200);

        // the facade the correction dialog uses refuses the same way
        long stale = opened;
        Actor carol = Actor.of("carol", Role.CHEMIST);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ActorContext.runAs(carol, () -> facade.voidStep(
                batch, new StepId(step), "wrong batch", stale)))
                .isInstanceOf(PreparationFacade.EditConflict.class)
                .hasMessageContaining("Changed by " + bob);
    }
}
