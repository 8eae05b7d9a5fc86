package org.photonledger.ui.security;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.util.EnumSet;

/**
 * The accounts tests sign in with: the first admin (all roles) and the demo users, with the passwords the test
 * profile sets ({@code %test.photonledger.admin.password}, {@code %test.photonledger.demo.password}).
 */
public final class TestUsers {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password";
    public static final String DEMO_PASSWORD = "test-demo-password";
    /** The actor a test's own thread acts as (see {@link SignedInTests}): the first admin, who holds every role. */
    public static final Actor ADMIN_ACTOR = new Actor(ADMIN, EnumSet.allOf(Role.class));

    private TestUsers() {
    }

    /** A REST request as someone else than the admin the tests sign in as by default. */
    public static RequestSpecification as(String user, String password) {
        return RestAssured.given().auth().preemptive().basic(user, password);
    }

    /** A REST request with no credentials at all. */
    public static RequestSpecification anonymous() {
        return RestAssured.given().auth().none();
    }
}
