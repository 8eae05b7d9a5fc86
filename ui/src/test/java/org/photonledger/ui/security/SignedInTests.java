package org.photonledger.ui.security;

import io.quarkus.test.junit.callback.QuarkusTestAfterEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import org.photonledger.ui.axon.ActorContext;

/**
 * Every {@code @QuarkusTest} runs signed in as the first admin: REST calls carry its basic-auth credentials and
 * commands sent from the test's own thread act as it. Tests of refusals sign in as someone else explicitly
 * ({@link TestUsers#as}, {@link ActorContext#runAs}). Registered as a Quarkus test callback (META-INF/services).
 */
public class SignedInTests implements QuarkusTestBeforeEachCallback, QuarkusTestAfterEachCallback {

    private static final ThreadLocal<ActorContext.Scope> SCOPE = new ThreadLocal<>();

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.authentication = RestAssured.preemptive().basic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        SCOPE.set(ActorContext.signIn(TestUsers.ADMIN_ACTOR));
    }

    @Override
    public void afterEach(QuarkusTestMethodContext context) {
        ActorContext.Scope scope = SCOPE.get();
        if (scope != null) {
            scope.close();
            SCOPE.remove();
        }
    }
}
