package org.photonledger.ui.preparation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.photonledger.ui.preparation.PreparationApi.csOleate;
import static org.photonledger.ui.preparation.PreparationApi.freshLot;
import static org.photonledger.ui.preparation.PreparationApi.post;
import static org.photonledger.ui.preparation.PreparationApi.q;
import static org.photonledger.ui.preparation.PreparationApi.remaining;
import static org.photonledger.ui.preparation.PreparationApi.use;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.photonledger.domain.reagent.ReagentUse;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.synthesis.CsOleatePreparation;
import org.photonledger.domain.units.Unit;
import org.photonledger.ui.axon.AxonRuntime;

/**
 * The reference paper's whole preparation logged through the REST write API, from fresh reagent lots to a cavity
 * configured at q = 3 near 677 nm, with one correction; then stock, Purcell figures and the genealogy are checked.
 */
@QuarkusTest
class PreparationPaperTest {

    @Inject
    AxonRuntime axon;

    @Inject
    PreparationFacade facade;

    @Test
    void the_papers_preparation_is_logged_through_rest_and_traced_back_to_its_reagent_lots() {
        // given fresh lots of every reagent the paper uses
        String cs2co3 = freshLot("Caesium carbonate", "534-17-8", 10, "g");
        String pbi2 = freshLot("Lead(II) iodide", "10101-63-0", 5, "g");
        String ode = freshLot("1-Octadecene", "112-88-9", 500, "mL");
        String oa = freshLot("Oleic acid", "112-80-1", 500, "mL");
        String olam = freshLot("Oleylamine", "112-90-3", 100, "mL");
        String meac = freshLot("Methyl acetate", "79-20-9", 1000, "mL");
        String hexane = freshLot("Hexane", "110-54-3", 100, "mL");
        String octane = freshLot("Octane", "111-65-9", 100, "mL");
        String toluene = freshLot("Toluene", "108-88-3", 100, "mL");
        String pmma = freshLot("PMMA", "9011-14-7", 25, "g");
        String edta = freshLot("EDTA", "60-00-4", 25, "g");

        // when the batch is made, the Cs2CO3 mass first mistyped as 0.47 g
        String batch = created(post("/api/batches", """
                {"name": "paper batch %s", "protocol": "Farrow et al. 2024, hot injection (Methods)"}"""
                .formatted(UUID.randomUUID())));
        String csStep = post("/api/batches/" + batch + "/steps/cs-oleate", csOleate(cs2co3, 0.47, oa, ode))
                .statusCode(200).body("step", equalTo("Cs-oleate precursor prepared")).extract().path("stepId");
        post("/api/batches/" + batch + "/steps/pbi2-solution", """
                {"leadIodide": %s, "octadecene": %s, "vacuumTemperature": %s, "vacuumTime": %s, "oleicAcid": %s,
                 "oleylamine": %s, "ligandTemperature": %s}""".formatted(use(pbi2, 0.5, "g"), use(ode, 25, "mL"),
                q(120, "°C"), q(1, "h"), use(oa, 2.5, "mL"), use(olam, 2.5, "mL"), q(130, "°C"))).statusCode(200);
        post("/api/batches/" + batch + "/steps/hot-injection", """
                {"injectionTemperature": %s, "csOleateVolume": %s, "quench": "ice bath"}""".formatted(q(180, "°C"),
                q(2, "mL"))).statusCode(200);
        post("/api/batches/" + batch + "/steps/purification", """
                {"antisolvent": %s, "firstCentrifugeSpeed": %s, "firstCentrifugeTime": %s, "redispersionSolvent": %s,
                 "secondAntisolvent": %s, "secondCentrifugeSpeed": %s, "secondCentrifugeTime": %s, "finalSolvent": %s}"""
                .formatted(use(meac, 70, "mL"), q(8000, "rpm"), q(10, "min"), use(hexane, 5, "mL"), use(meac, 7, "mL"),
                        q(8000, "rpm"), q(10, "min"), use(octane, 2, "mL"))).statusCode(200);
        post("/api/batches/" + batch + "/steps/storage", """
                {"location": "fridge", "container": "glass vial"}""").statusCode(200);

        // and the samples derived from it
        String edtaTreated = created(post("/api/samples/edta-treatment", """
                {"parents": ["%s"], "label": "EDTA-treated PQDs", "dotVolume": %s, "edta": %s, "duration": %s,
                 "filterPoreSize": %s}""".formatted(batch, q(1, "mL"), use(edta, 5, "mg"), q(14, "h"), q(200, "nm"))));
        String sizeSelected = created(post("/api/samples/size-selection", """
                {"parents": ["%s"], "label": "size-selected supernatant", "sampleVolume": %s, "dilutionFactor": 10,
                 "diluentLot": "%s", "speed": %s, "duration": %s, "keptFraction": "SUPERNATANT"}""".formatted(edtaTreated,
                q(0.1, "mL"), octane, q(2500, "rpm"), q(30, "min"))));
        String inPmma = created(post("/api/samples/pmma-dispersion", """
                {"parents": ["%s"], "label": "PQDs in PMMA/toluene", "sampleVolume": %s, "pmmaSolutionVolume": %s,
                 "pmmaConcentration": %s, "pmmaLot": "%s", "tolueneLot": "%s"}""".formatted(sizeSelected, q(0.5, "mL"),
                q(0.5, "mL"), q(20, "mg/mL"), pmma, toluene)));

        // and the two mirrors
        String planar = created(post("/api/mirrors", """
                {"kind": "PLANAR", "label": "planar DBR mirror", "material": "Spectrosil 2000 (UV fused silica)"}"""));
        post("/api/mirrors/" + planar + "/steps/dbr-coating", dbr(9)).statusCode(200);
        post("/api/mirrors/" + planar + "/steps/reflectivity", """
                {"wavelength": %s, "reflectivity": %s, "uncertainty": %s}""".formatted(q(690, "nm"), q(97.5, "%"),
                q(0.5, "%"))).statusCode(200);
        String featured = created(post("/api/mirrors", """
                {"kind": "FEATURED", "label": "plinth with concave features", "material": "Spectrosil 2000 (UV fused silica)",
                 "plinthHeight": %s, "plinthTopWidth": %s, "plinthTopLength": %s}""".formatted(q(100, "µm"), q(300, "µm"),
                q(300, "µm"))));
        post("/api/mirrors/" + featured + "/steps/feature-milling", """
                {"features": [%s, %s], "method": "focused ion beam"}""".formatted(feature("A1", -20), feature("A2", 20)))
                .statusCode(200);
        post("/api/mirrors/" + featured + "/steps/dbr-coating", dbr(17)).statusCode(200);
        post("/api/mirrors/" + featured + "/steps/reflectivity", """
                {"wavelength": %s, "reflectivity": %s, "lowerBound": true}""".formatted(q(690, "nm"), q(99.9, "%")))
                .statusCode(200);

        // and the film on the planar mirror and the cavity over one dot, configured as in the paper
        String film = created(post("/api/films", """
                {"sampleId": "%s", "substrate": {"kind": "PLANAR_MIRROR", "mirrorId": "%s"}, "label": "PQD film",
                 "speed": %s, "duration": %s, "solvent": "toluene", "targetDensity": %s, "acceptableDensityLow": %s,
                 "acceptableDensityHigh": %s}""".formatted(inPmma, planar, q(4000, "rpm"), q(30, "s"), q(1, "per 10 µm²"),
                q(1, "per 10 µm²"), q(5, "/10um2"))));
        String cavity = created(post("/api/cavities", """
                {"planarMirrorId": "%s", "filmId": "%s", "featuredMirrorId": "%s", "featureLabel": "A1",
                 "dot": {"label": "dot 1", "position": {"x": %s, "y": %s}}}""".formatted(planar, film, featured,
                q(12.5, "µm"), q(-3.2, "µm"))));
        ExtractableResponse<Response> configured = post("/api/cavities/" + cavity + "/configurations", """
                {"length": %s, "longitudinalModeIndex": 3, "transverseMode": "TEM00", "resonanceWavelength": %s,
                 "measuredFinesse": 100, "modelledModeVolume": %s}""".formatted(q(1.0155, "µm"), q(677, "nm"),
                q(0.5, "µm³"))).statusCode(200).extract();

        // and the mistyped mass is corrected, saying why
        post("/api/samples/" + batch + "/steps/" + csStep + "/correction", """
                {"values": %s, "reason": "balance read-out mistyped; the notebook says 0.407 g"}"""
                .formatted(csOleate(cs2co3, 0.407, oa, ode)))
                .statusCode(200).body("step", equalTo("Corrected: Cs-oleate precursor prepared"));

        // then the cavity's figures are the paper's: Q = 3 × 100, V = 0.5 µm³, Purcell 4.7 and 14
        assertThat(configured.jsonPath().getDouble("figures.qualityFactor")).isCloseTo(300, within(1e-9));
        assertThat(configured.jsonPath().getDouble("figures.modeVolume.value")).isCloseTo(0.5, within(1e-12));
        assertThat(configured.jsonPath().getString("figures.modeVolume.unit")).isEqualTo("µm³");
        double randomDipole = configured.jsonPath().getDouble("figures.purcellRandomDipole");
        double alignedDipole = configured.jsonPath().getDouble("figures.purcellAlignedDipole");
        assertThat(Math.round(randomDipole * 10) / 10.0).isEqualTo(4.7);
        assertThat(Math.round(alignedDipole)).isEqualTo(14);
        assertThat(alignedDipole / randomDipole).isCloseTo(3, within(1e-9));

        // and the correction replaced the value, keeping the step and counting the correction
        RecordedStep corrected = facade.step(batch, new StepId(csStep)).orElseThrow();
        assertThat(corrected.corrections()).isEqualTo(1);
        assertThat(corrected.lastReason()).contains("notebook says 0.407 g");
        ReagentUse caesium = ((CsOleatePreparation) corrected.values()).caesiumCarbonate();
        assertThat(caesium.amount().in(Unit.GRAM)).isEqualTo(0.407);

        // and the stock went down by the paper's amounts (the correction put back the mistyped 0.063 g)
        assertThat(axon.awaitCaughtUp(Duration.ofSeconds(20))).isTrue();
        assertThat(remaining(cs2co3)).isCloseTo(10 - 0.407, within(1e-9));
        assertThat(remaining(pbi2)).isCloseTo(5 - 0.5, within(1e-9));
        assertThat(remaining(ode)).isCloseTo(500 - 20 - 25, within(1e-9));
        assertThat(remaining(oa)).isCloseTo(500 - 1.25 - 2.5, within(1e-9));
        assertThat(remaining(olam)).isCloseTo(100 - 2.5, within(1e-9));
        assertThat(remaining(meac)).isCloseTo(1000 - 70 - 7, within(1e-9));
        assertThat(remaining(hexane)).isCloseTo(100 - 5, within(1e-9));
        assertThat(remaining(octane)).isCloseTo(100 - 2 - 0.1 * 9, within(1e-9));
        assertThat(remaining(toluene)).isCloseTo(100 - 0.5, within(1e-9));
        assertThat(remaining(pmma)).isCloseTo(25 - 20 * 0.5 / 1000, within(1e-9));
        assertThat(remaining(edta)).isCloseTo(25 - 0.005, within(1e-9));

        // and the cavity's genealogy reaches the batch and its Cs2CO3 and PbI2 bottles
        given().when().get("/api/samples/" + cavity + "/genealogy")
                .then().statusCode(200)
                .body("root", equalTo(cavity))
                .body("nodes.id", hasItems(cavity, film, planar, featured, inPmma, sizeSelected, edtaTreated, batch, cs2co3, pbi2))
                .body("edges.find { it.from == '" + cs2co3 + "' && it.to == '" + batch + "' }.relation", equalTo("reagent"))
                .body("truncated", equalTo(false));
    }

    @Test
    void figures_of_a_configuration_are_returned_and_a_configuration_can_be_corrected_with_new_figures() {
        // given a cavity made with the domain's paper script on fresh lots
        var ids = org.photonledger.domain.protocol.Farrow2024Preparation.Ids.fresh();
        var lots = new org.photonledger.domain.protocol.Farrow2024Preparation.Lots(
                lotId(freshLot("Caesium carbonate", "534-17-8", 1, "g")), lotId(freshLot("Oleic acid", "112-80-1", 10, "mL")),
                lotId(freshLot("1-Octadecene", "112-88-9", 100, "mL")), lotId(freshLot("Lead(II) iodide", "10101-63-0", 1, "g")),
                lotId(freshLot("Oleylamine", "112-90-3", 10, "mL")), lotId(freshLot("Methyl acetate", "79-20-9", 100, "mL")),
                lotId(freshLot("Hexane", "110-54-3", 10, "mL")), lotId(freshLot("Octane", "111-65-9", 10, "mL")),
                lotId(freshLot("Toluene", "108-88-3", 10, "mL")), lotId(freshLot("EDTA", "60-00-4", 1, "g")),
                lotId(freshLot("PMMA", "9011-14-7", 1, "g")));
        List<Object> commands = org.photonledger.domain.protocol.Farrow2024Preparation.commands(lots, ids, "script batch");
        commands.forEach(c -> axon.commandGateway().sendAndWait(c));
        String cavity = ids.cavity().value();
        String step = facade.steps(cavity).stream().filter(s -> s.title().equals("Configured")).findFirst().orElseThrow()
                .stepId().value();

        // when its configuration is corrected to q = 4 (as if the mode index had been misread)
        ExtractableResponse<Response> corrected = post("/api/samples/" + cavity + "/steps/" + step + "/correction", """
                {"values": {"length": %s, "longitudinalModeIndex": 4, "transverseMode": "TEM00", "resonanceWavelength": %s,
                 "measuredFinesse": 100, "modelledModeVolume": %s}, "reason": "mode index misread from the spectrum"}"""
                .formatted(q(1.354, "µm"), q(677, "nm"), q(0.5, "µm³"))).statusCode(200).extract();

        // then the figures are derived again: Q = 4 × 100
        assertThat(corrected.jsonPath().getDouble("figures.qualityFactor")).isCloseTo(400, within(1e-9));
        assertThat(corrected.jsonPath().getString("step")).startsWith("Corrected: Configured");
        assertThat(facade.figures(cavity, new StepId(step)).orElseThrow().qualityFactor()).isCloseTo(400, within(1e-9));

        // and once disassembled it can no longer be configured
        post("/api/cavities/" + cavity + "/disassemble", "{\"reason\": \"measurements done\"}")
                .statusCode(200).body("step", equalTo("Cavity disassembled"));
        post("/api/cavities/" + cavity + "/configurations", """
                {"length": %s, "longitudinalModeIndex": 3, "transverseMode": "TEM00", "resonanceWavelength": %s}"""
                .formatted(q(1.0155, "µm"), q(677, "nm")))
                .statusCode(400).body("errors[0].field", equalTo("cavityId"))
                .body("errors[0].message", containsString("was disassembled (measurements done)"));
    }

    @Test
    void a_voided_step_puts_its_reagents_back_and_an_abandoned_batch_takes_no_more_steps() {
        // given a batch with its Cs-oleate precursor recorded
        String cs = freshLot("Caesium carbonate", "534-17-8", 10, "g");
        String oa = freshLot("Oleic acid", "112-80-1", 100, "mL");
        String ode = freshLot("1-Octadecene", "112-88-9", 100, "mL");
        String batch = created(post("/api/batches", "{\"name\": \"voided flask " + UUID.randomUUID() + "\"}"));
        String step = post("/api/batches/" + batch + "/steps/cs-oleate", csOleate(cs, 0.407, oa, ode))
                .statusCode(200).extract().path("stepId");

        // when the step is voided, saying why
        post("/api/samples/" + batch + "/steps/" + step + "/void", "{\"reason\": \"flask cracked during degassing\"}")
                .statusCode(200).body("step", equalTo("Voided: Cs-oleate precursor prepared"));

        // then its reagents are back, the step stays in the history marked void, and it cannot be voided twice
        assertThat(axon.awaitCaughtUp(Duration.ofSeconds(20))).isTrue();
        assertThat(remaining(cs)).isEqualTo(10.0);
        assertThat(remaining(ode)).isEqualTo(100.0);
        assertThat(facade.step(batch, new StepId(step)).orElseThrow().voided()).isTrue();
        post("/api/samples/" + batch + "/steps/" + step + "/void", "{\"reason\": \"again\"}")
                .statusCode(400).body("errors[0].field", equalTo("stepId"))
                .body("errors[0].message", containsString("was voided"));

        // when the batch is abandoned / then no further step is taken
        post("/api/batches/" + batch + "/abandon", "{\"reason\": \"glovebox oxygen alarm\"}").statusCode(200);
        post("/api/batches/" + batch + "/steps/cs-oleate", csOleate(cs, 0.407, oa, ode))
                .statusCode(400).body("errors[0].field", equalTo("batchId"))
                .body("errors[0].message", containsString("was abandoned (glovebox oxygen alarm)"));
        assertThat(remaining(cs)).isEqualTo(10.0);
    }

    @Test
    void the_openapi_document_describes_the_write_endpoints() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/batches/{id}/steps/cs-oleate'.post.requestBody.content.'application/json'.schema.'$ref'",
                        containsString("CsOleateBody"))
                .body("paths.'/api/samples/{id}/steps/{stepId}/correction'.post.requestBody.content.'application/json'.schema.'$ref'",
                        containsString("CorrectionJson"))
                .body("paths.'/api/cavities/{id}/configurations'.post.summary", startsWith("Record a configuration"));
    }

    private static org.photonledger.domain.reagent.ReagentLotId lotId(String id) {
        return new org.photonledger.domain.reagent.ReagentLotId(id);
    }

    private static String created(io.restassured.response.ValidatableResponse response) {
        String id = response.statusCode(201).extract().path("id");
        response.header("Location", containsString("/api/samples/" + id));
        return id;
    }

    private static String dbr(int pairs) {
        return """
                {"highIndexMaterial": "Ta2O5", "lowIndexMaterial": "SiO2", "pairs": %d, "designWavelength": %s,
                 "method": "ion-beam sputtering"}""".formatted(pairs, q(690, "nm"));
    }

    private static String feature(String label, double x) {
        return """
                {"label": "%s", "depth": %s, "radiusOfCurvature": %s, "width": %s, "position": {"x": %s, "y": %s}}"""
                .formatted(label, q(0.3, "µm"), q(8, "µm"), q(4.4, "µm"), q(x, "µm"), q(0, "µm"));
    }
}
