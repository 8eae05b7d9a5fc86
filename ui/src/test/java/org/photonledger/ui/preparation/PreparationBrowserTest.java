package org.photonledger.ui.preparation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.photonledger.ui.preparation.PreparationApi.freshLot;
import static org.photonledger.ui.preparation.PreparationApi.remaining;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.photonledger.ui.browser.Browser;

/**
 * A chemist in a real browser starts a synthesis batch and records its Cs-oleate precursor: the form arrives
 * prefilled with the batch and the paper's values, refuses inconsistent input at the fields without storing
 * anything, then saves with the keyboard and the stock goes down.
 */
@QuarkusTest
class PreparationBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void a_batch_is_started_and_its_cs_oleate_precursor_recorded_after_bad_values_were_refused() {
        // given fresh lots of the three reagents
        String cs = freshLot("Caesium carbonate", "534-17-8", 10, "g");
        String oa = freshLot("Oleic acid", "112-80-1", 100, "mL");
        String ode = freshLot("1-Octadecene", "112-88-9", 100, "mL");
        String batchName = "browser batch " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open()) {
            // when a batch is started through its form
            browser.go(root + "prepare/batch");
            browser.type("#batch-name", batchName);
            browser.find("#batch-save").click();

            // then its page offers the first steps, and the Cs-oleate form opens with the batch and the paper's values
            browser.until(d -> d.getCurrentUrl().contains("prepare?target=batch-"));
            String batchId = String.valueOf(browser.js("return new URLSearchParams(location.search).get('target')"));
            browser.find("#next-cs-oleate").click();
            browser.until(d -> d.getCurrentUrl().contains("prepare/cs-oleate?target=" + batchId));
            browser.until(d -> text(browser, "#cs-oleate-batch input").contains(batchName));
            assertThat(text(browser, "#csoleate-cs2co3-amount input")).isEqualTo("0.407");
            assertThat(text(browser, "#csoleate-heating-temperature input")).isEqualTo("150");

            // when the nitrogen switch is put above the heating temperature and the degassing time is cleared
            browser.type("#csoleate-nitrogen-switch-temperature", "200");
            empty(browser, "#csoleate-degas-time");
            browser.find("#cs-oleate-save").click();

            // then both fields say what is wrong, the summary says nothing was stored, and the stock is untouched
            browser.until(d -> invalid(browser, "#csoleate-nitrogen-switch-temperature"));
            assertThat(error(browser, "#csoleate-nitrogen-switch-temperature")).contains("Must not be above heatingTemperature (150 °C)");
            assertThat(invalid(browser, "#csoleate-degas-time")).isTrue();
            assertThat(error(browser, "#csoleate-degas-time")).startsWith("Is required");
            assertThat(browser.find("#cs-oleate-errors").getText()).startsWith("Nothing was stored.").contains("Vacuum → N₂ at");
            assertThat(remaining(cs)).isEqualTo(10.0);

            // when the values are put right, the lots picked and Enter pressed
            pick(browser, "#csoleate-cs2co3-lot", lotNumber(cs));
            pick(browser, "#csoleate-oa-lot", lotNumber(oa));
            pick(browser, "#csoleate-ode-lot", lotNumber(ode));
            browser.type("#csoleate-nitrogen-switch-temperature", "100");
            browser.type("#csoleate-degas-time", "1");
            browser.find("#csoleate-degas-time input").sendKeys(Keys.ENTER);

            // then the batch's page lists the step and the paper's 0.407 g left the Cs2CO3 bottle
            browser.until(d -> d.getCurrentUrl().endsWith("prepare?target=" + batchId));
            browser.until(d -> text(browser, "#prepare-target-steps").contains("Cs-oleate precursor prepared"));
            assertThat(remaining(cs)).isEqualTo(10 - 0.407);
            assertThat(remaining(oa)).isEqualTo(100 - 1.25);
            assertThat(remaining(ode)).isEqualTo(100 - 20.0);
        }
    }

    /** Chooses a lot in a reagent picker with the keyboard: type its lot number, arrow down, Enter. */
    private static void pick(Browser browser, String css, String lotNumber) {
        WebElement input = browser.find(css + " input");
        input.click();
        input.sendKeys(lotNumber);
        browser.until(d -> Boolean.TRUE.equals(browser.js("const c = document.querySelector(arguments[0]);"
                + "return !c.loading && (c.filteredItems || []).some(i => i && i.label && i.label.includes(arguments[1]));",
                css, lotNumber)));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.until(d -> text(browser, css + " input").contains(lotNumber));
    }

    /** Empties an input the way a user does: select all, delete, leave the field. */
    private static void empty(Browser browser, String css) {
        WebElement input = browser.find(css + " input");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, Keys.TAB);
        browser.until(d -> text(browser, css + " input").isEmpty());
    }

    private static String lotNumber(String lotId) {
        return given().when().get("/api/reagent-lots/" + lotId).then().statusCode(200).extract().path("lotNumber");
    }

    private static String text(Browser browser, String css) {
        Object value = browser.js("const e = document.querySelector(arguments[0]); return e == null ? '' "
                + ": (e.value !== undefined ? e.value : e.innerText);", css);
        return value == null ? "" : value.toString();
    }

    private static boolean invalid(Browser browser, String css) {
        return Boolean.TRUE.equals(browser.js("return document.querySelector(arguments[0]).invalid", css));
    }

    private static String error(Browser browser, String css) {
        return String.valueOf(browser.js("return document.querySelector(arguments[0]).errorMessage", css));
    }
}
