package org.photonledger.ui.figure;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photonledger.ui.browser.Browser;
import org.photonledger.ui.demo.DemoLab;

/** A reviewer in a real browser opens Fig. 4, sees its panels, presses Verify and sees every panel green. */
@QuarkusTest
class FigureBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    DemoLab demo;

    @BeforeEach
    void theDemoLab() {
        DemoFigures.ensure(demo);
    }

    @Test
    void fig_4e_verifies_green_from_the_raw_data() {
        try (Browser browser = Browser.open()) {
            // given the figures page with every demo panel and the page of Fig. 4
            browser.go(root + "figures");
            browser.until(d -> ((Number) browser.js("return document.querySelectorAll('img.pl-panel-thumb').length"))
                    .intValue() == 12);
            browser.until(d -> Boolean.TRUE.equals(browser.js("return [...document.querySelectorAll("
                    + "'img.pl-panel-thumb')].every(i => i.complete && i.naturalWidth > 0)")));
            browser.screenshot("figures");
            browser.go(root + "figures/" + DemoFigures.FIG4 + "#panel-e");
            browser.find("#panel-e");
            assertThat(browser.find("#panel-annotation-e").getText()).contains("g²(0) = 0.0");

            // when Verify is pressed
            browser.find("#verify-button").click();

            // then every panel, 4e included, is green
            browser.until(d -> browser.js("return document.querySelector('#verify-status')") != null);
            assertThat(browser.find("#verify-status").getText()).contains("every panel matches");
            assertThat(browser.find("#verify-status").getAttribute("data-matches")).isEqualTo("true");
            assertThat(browser.find("#verify-panel-e").getAttribute("data-matches")).isEqualTo("true");
            assertThat(browser.find("#verify-panel-e").getText()).contains("re-hashed")
                    .contains("result-g2-pulsed-demo-fig4e-2");
            browser.js("document.querySelector('#verify-panel-e').scrollIntoView()");
            browser.screenshot("figure-4-verified");
        }
    }

    @Test
    void a_reviewer_signs_fig_3_on_its_page_after_a_wrong_password_is_refused() {
        try (Browser browser = Browser.open()) {
            browser.go(root + "figures/" + DemoFigures.FIG3);
            browser.find("#signatures");
            browser.find("#sign-open").click();
            browser.type("#sign-password", "not the password");
            browser.find("#sign-confirm").click();
            browser.until(d -> Boolean.TRUE.equals(browser.js("return document.querySelector('#sign-password')?.invalid")));
            assertThat((String) browser.js("return document.querySelector('#sign-password').errorMessage"))
                    .contains("is not the password of 'admin'");
            browser.type("#sign-password", org.photonledger.ui.security.TestUsers.ADMIN_PASSWORD);
            browser.find("#sign-confirm").click();
            browser.until(d -> browser.js("return document.querySelector('#signature-list .pl-signature-valid')") != null);
            assertThat(browser.find("#signature-list .pl-signature-valid").getText()).contains("reviewed by admin")
                    .contains("version 1").contains("sha256");
            browser.js("document.querySelector('#signatures').scrollIntoView()");
            browser.screenshot("figure-3-signed");
        }
    }
}
