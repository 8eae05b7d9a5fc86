package org.photonledger.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A chemist in a real browser: sees the preloaded stock, is stopped by a wrong CAS number, registers a lot. */
@QuarkusTest
class ReagentStockBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void a_lot_is_registered_through_the_form_after_a_wrong_cas_number_is_refused() {
        try (Browser browser = Browser.open()) {
            // given the stock list
            browser.go(root.toString());
            browser.until(d -> ((Number) browser.js("return document.querySelector('#reagent-grid')?.size ?? 0")).intValue() >= 11);

            // when a lot with a wrong check digit is submitted
            String lotNumber = "SEL-" + UUID.randomUUID().toString().substring(0, 8);
            browser.find("#register-lot").click();
            browser.type("#lot-chemical-name", "Caesium carbonate");
            browser.type("#lot-cas", "534-17-9");
            browser.type("#lot-number", lotNumber);
            browser.type("#lot-amount", "10");
            browser.find("#lot-save").click();

            // then the CAS field says what is wrong and nothing is stored
            browser.until(d -> Boolean.TRUE.equals(browser.js("return document.querySelector('#lot-cas').invalid")));
            assertThat((String) browser.js("return document.querySelector('#lot-cas').errorMessage"))
                    .containsIgnoringCase("check digit is 9 but the digits before it require 8");
            assertThat(browser.find("#lot-form-errors").getText()).contains("Nothing was stored").contains("CAS number");

            // when corrected
            browser.type("#lot-cas", "534-17-8");
            browser.find("#lot-save").click();
            browser.until(d -> browser.js("return document.querySelector('#lot-save')") == null);
            browser.type("#reagent-filter", lotNumber);

            // then the new lot is in the list
            browser.until(d -> ((Number) browser.js("return document.querySelector('#reagent-grid').size")).intValue() == 1);
        }
    }
}
