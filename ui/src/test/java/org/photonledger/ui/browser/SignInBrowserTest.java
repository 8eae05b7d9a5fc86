package org.photonledger.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.photonledger.ui.security.TestUsers;
import org.photonledger.ui.security.UserDirectory;

/**
 * A new user in a real browser: any page sends them to the login page; a wrong password is refused there; the right
 * one opens the page they asked for with their name on it; a chemist does not get the admin's Users page even by
 * typing its address; the admin does, and creates an account there; signing out closes the session.
 */
@QuarkusTest
class SignInBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    UserDirectory directory;

    @Inject
    org.photonledger.ui.axon.AxonRuntime axon;

    private static void signIn(Browser browser, String user, String password) {
        WebElement name = browser.find("vaadin-login-form vaadin-text-field[name=username] input");
        name.clear();
        name.sendKeys(user);
        WebElement pw = browser.find("vaadin-login-form vaadin-password-field[name=password] input");
        pw.clear();
        pw.sendKeys(password, Keys.ENTER);
    }

    @Test
    void a_page_asks_for_a_sign_in_refuses_a_wrong_password_and_opens_after_the_right_one() {
        String chemist = "chem-b-" + UUID.randomUUID().toString().substring(0, 6);
        directory.create(chemist, "chemist password", List.of("chemist"), TestUsers.ADMIN_ACTOR);
        try (Browser browser = Browser.open()) {
            browser.goSignedOut(root + "samples");
            browser.find("vaadin-login-form");
            browser.until(d -> d.getCurrentUrl().contains("/login"));
            browser.screenshot("sign-in-page");

            signIn(browser, chemist, "not the password");
            browser.until(d -> d.getCurrentUrl().contains("error"));
            browser.find("vaadin-login-form");
            browser.until(d -> Boolean.TRUE.equals(browser.js("return document.querySelector('vaadin-login-form')?.error")));
            browser.screenshot("sign-in-wrong-password");

            signIn(browser, chemist, "chemist password");
            browser.until(d -> d.getCurrentUrl().endsWith("/samples"));
            assertThat(browser.find("#signed-in-user").getText()).contains(chemist).contains("chemist");
            browser.screenshot("signed-in-as-chemist");

            // the chemist changes their own password in the title bar's dialog
            browser.find("#change-password").click();
            browser.type("#password-current", "chemist password");
            browser.type("#password-new", "a brand new password");
            browser.type("#password-again", "a brand new password");
            browser.find("#password-save").click();
            browser.until(d -> directory.authenticate(chemist, "a brand new password").isPresent());

            // the admin page refuses a chemist even when its address is typed
            browser.goSignedOut(root + "admin/users");
            assertThat(browser.find("#users-refused").getText()).contains("needs the role 'admin'");
            assertThat((Boolean) browser.js("return document.querySelector('#users') !== null")).isFalse();
            browser.goSignedOut(root + "admin/integrity");
            assertThat(browser.find("#integrity-refused").getText()).contains("need the role 'admin'");

            // signing out closes the session: the next page asks again
            browser.find("#sign-out").click();
            browser.until(d -> d.getCurrentUrl().contains("/login"));
            browser.goSignedOut(root + "samples");
            browser.until(d -> d.getCurrentUrl().contains("/login"));
            browser.find("vaadin-login-form");
            // and signs in again with the new password
            signIn(browser, chemist, "a brand new password");
            browser.until(d -> d.getCurrentUrl().endsWith("/samples"));
            assertThat(browser.find("#signed-in-user").getText()).contains(chemist);
        }
    }

    @Test
    void the_admin_creates_an_account_on_the_users_page_and_a_bad_one_is_refused_by_field() {
        String name = "ada-" + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = Browser.open()) {
            browser.go(root + "admin/users");
            browser.find("#users");
            browser.type("#new-username", "Not Valid");
            browser.type("#new-password", "short");
            browser.find("#create-user").click();
            browser.until(d -> Boolean.TRUE.equals(browser.js("return document.querySelector('#new-username').invalid")));
            assertThat((Boolean) browser.js("return document.querySelector('#new-password').invalid")).isTrue();

            browser.type("#new-username", name);
            browser.type("#new-password", "a good long password");
            for (String role : List.of("chemist", "reviewer")) {
                browser.js("[...document.querySelectorAll('#new-roles vaadin-checkbox')].find(c => (c.label || "
                        + "c.textContent).trim() === arguments[0]).querySelector('input').click();", role);
            }
            browser.find("#create-user").click();
            browser.until(d -> directory.find(name).isPresent());
            browser.screenshot("users-page");
            assertThat(directory.find(name).orElseThrow().roles()).containsExactlyInAnyOrder("chemist", "reviewer");
            assertThat(directory.authenticate(name, "a good long password")).isPresent();

            // the integrity page recomputes the event chain
            browser.go(root + "admin/integrity");
            browser.find("#integrity-status");
            assertThat(browser.find("#integrity-status").getAttribute("data-intact")).isEqualTo("true");
            assertThat(browser.find("#integrity-report").getText()).contains("events checked").contains("caught up");
            browser.screenshot("integrity-page");
        }
    }

    @Test
    void a_chemist_pressing_start_on_the_measure_console_is_refused_by_the_server_and_nothing_runs() {
        String chemist = "chem-m-" + UUID.randomUUID().toString().substring(0, 6);
        directory.create(chemist, "chemist password", List.of("chemist"), TestUsers.ADMIN_ACTOR);
        org.photonledger.ui.measurement.PaperCavity cavity = org.photonledger.ui.measurement.PaperCavity.record(axon,
                "refused start");
        long before = axon.headIndex();
        try (Browser browser = Browser.open().as(chemist, "chemist password")) {
            browser.go(root + "measure?target=" + cavity.ids().cavity().value() + "&type=trpl");
            browser.find("#measure-start").click();
            browser.until(d -> browser.find("#measure-error").getText().contains("may not StartMeasurement"));
            assertThat(browser.find("#measure-error").getText()).contains("needs the role 'physicist'");
            browser.screenshot("measure-refused-for-chemist");
        }
        assertThat(axon.headIndex()).isEqualTo(before);
    }
}
