package org.photonledger.ui.figure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photonledger.ui.demo.DemoLab;

/** Figures, their drawings and data, verify, and the audit trail over REST. */
@QuarkusTest
class FigureApiTest {

    @Inject
    DemoLab demo;

    @BeforeEach
    void theDemoLab() {
        DemoFigures.ensure(demo);
    }

    @Test
    void figures_are_listed_and_each_panel_is_served_as_svg_png_and_csv() {
        // when / then
        given().get("/api/figures").then().statusCode(200)
                .body("name", hasItem("Farrow 2024 Fig. 4"))
                .body("find { it.id == 'figure-farrow2024-fig4' }.panels", org.hamcrest.Matchers.contains("a", "b",
                        "c", "d", "e"));
        JsonPath fig = given().get("/api/figures/Farrow 2024 Fig. 4").then().statusCode(200).extract().jsonPath();
        assertThat(fig.getString("figure.id")).isEqualTo(DemoFigures.FIG4);
        assertThat(fig.getString("panels.find { it.panel.label == 'e' }.annotations[0]")).startsWith("g²(0) = 0.0");
        given().get("/api/figures/" + DemoFigures.FIG4 + "/panels/e.svg").then().statusCode(200)
                .contentType(containsString("image/svg+xml")).body(startsWith("<svg"));
        byte[] png = given().get("/api/figures/" + DemoFigures.FIG3 + "/panels/a.png").then().statusCode(200)
                .extract().asByteArray();
        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        given().get("/api/figures/" + DemoFigures.FIG2 + "/panels/d.csv").then().statusCode(200)
                .body(startsWith("series,role,x,y\n"));
        given().get("/api/figures/" + DemoFigures.FIG3 + "/figure.svg").then().statusCode(200).body(startsWith("<svg"));
        given().get("/api/figures/" + DemoFigures.FIG4 + "/panels/z.svg").then().statusCode(404);
        given().get("/api/figures/no-such-figure").then().statusCode(404);
    }

    @Test
    void verify_over_rest_reports_every_panel_green() {
        // when
        JsonPath report = given().get("/api/figures/" + DemoFigures.FIG4 + "/verify").then().statusCode(200)
                .extract().jsonPath();
        // then
        assertThat(report.getList("panels.label")).containsExactly("a", "b", "c", "d", "e");
        assertThat(report.getList("problems")).isEmpty();
        assertThat(report.getList("panels.differences.flatten()")).isEmpty();
    }

    @Test
    void the_audit_trail_of_a_figure_is_filtered_by_actor_and_date() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        // when / then: every event, in time order, with actor, time and payload
        given().get("/api/audit/" + DemoFigures.FIG4).then().statusCode(200)
                .body("events[0].eventType", org.hamcrest.Matchers.equalTo("FigureDefined"))
                .body("events[0].actor", org.hamcrest.Matchers.equalTo("system"))
                .body("events[0].payloadJson", containsString("g2zero"));
        given().queryParam("actor", "nobody").get("/api/audit/" + DemoFigures.FIG4).then().statusCode(200)
                .body("events.size()", org.hamcrest.Matchers.equalTo(0));
        given().queryParam("from", "2000-01-01").queryParam("to", "2000-01-02").get("/api/audit/result-g2-pulsed-demo-fig4e-2")
                .then().statusCode(200).body("events.size()", org.hamcrest.Matchers.equalTo(0));
        given().queryParam("actor", "system").queryParam("from", today).get("/api/audit/result-g2-pulsed-demo-fig4e-2")
                .then().statusCode(200).body("events.eventType", org.hamcrest.Matchers.contains("ResultComputed",
                        "ResultReported"))
                .body("events[1].reason", containsString("background-subtracted"));
        given().queryParam("from", "yesterday").get("/api/audit/" + DemoFigures.FIG4).then().statusCode(400)
                .body(containsString("from"));
        given().get("/api/audit/no-such-thing").then().statusCode(404);
    }
}
