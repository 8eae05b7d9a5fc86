package org.photonledger.ui.figure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photonledger.ui.demo.DemoLab;

/** The exports of the demo's Fig. 4: PROV-JSON that parses back into its lineage, and a complete RO-Crate. */
@QuarkusTest
class FigureExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DemoLab demo;

    @Inject
    FigureService figures;

    @Inject
    FigureExportService exports;

    @BeforeEach
    void theDemoLab() {
        DemoFigures.ensure(demo);
    }

    @Test
    void the_prov_json_names_entities_activities_agents_and_their_relations_back_to_the_reagent_lots()
            throws IOException {
        // when
        JsonNode prov = JSON.readTree(exports.exports().prov(DemoFigures.FIG4));
        // then
        assertThat(prov.path("prefix").path("prov").asText()).isEqualTo("http://www.w3.org/ns/prov#");
        JsonNode entities = prov.path("entity");
        assertThat(entities.has("pl:" + DemoFigures.FIG4)).isTrue();
        assertThat(entities.has("pl:result-g2-pulsed-demo-fig4e-2")).isTrue();
        assertThat(entities.has("pl:measurement-demo-fig4e")).isTrue();
        assertThat(entities.has("pl:cavity-demo")).isTrue();
        assertThat(entities.has("pl:lot-paper-cs2co3")).as("the lineage reaches the reagent lots").isTrue();
        assertThat(entities.path("pl:lot-paper-cs2co3").path("prov:type").path("$").asText())
                .isEqualTo("pl:ReagentLot");
        assertThat(prov.path("agent").has("pl:agent/system")).isTrue();
        assertThat(prov.path("agent").path("pl:agent/system").path("prov:type").path("$").asText())
                .isEqualTo("prov:SoftwareAgent");
        assertThat(prov.path("activity").size()).isGreaterThan(10);
        Set<String> ids = new HashSet<>();
        entities.fieldNames().forEachRemaining(ids::add);
        Set<String> activities = new HashSet<>();
        prov.path("activity").fieldNames().forEachRemaining(activities::add);
        // every relation points at declared entities and activities
        for (String relation : new String[] {"wasGeneratedBy", "used", "wasDerivedFrom", "wasAssociatedWith"}) {
            assertThat(prov.path(relation).size()).as(relation).isPositive();
        }
        prov.path("used").forEach(u -> {
            assertThat(ids).contains(u.path("prov:entity").asText());
            assertThat(activities).contains(u.path("prov:activity").asText());
        });
        prov.path("wasGeneratedBy").forEach(g -> assertThat(ids).contains(g.path("prov:entity").asText()));
        prov.path("wasDerivedFrom").forEach(d -> {
            assertThat(ids).contains(d.path("prov:generatedEntity").asText());
            assertThat(ids).contains(d.path("prov:usedEntity").asText());
        });
        assertThat(entities.path("pl:raw/" + figures.lab().raw("measurement-demo-fig4e").orElseThrow().sha256())
                .path("pl:sha256").isTextual()).isTrue();
    }

    @Test
    void the_ro_crate_has_the_required_metadata_and_every_file_it_names_with_its_sha256() throws Exception {
        // when
        byte[] zip = exports.exports().crate(figures.figure(DemoFigures.FIG4).orElseThrow());
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        // then the metadata descriptor and the root data entity carry what RO-Crate 1.1 requires
        JsonNode metadata = JSON.readTree(files.get("ro-crate-metadata.json"));
        assertThat(metadata.path("@context").asText()).isEqualTo("https://w3id.org/ro/crate/1.1/context");
        Map<String, JsonNode> graph = new HashMap<>();
        metadata.path("@graph").forEach(n -> graph.put(n.path("@id").asText(), n));
        JsonNode descriptor = graph.get("ro-crate-metadata.json");
        assertThat(descriptor.path("@type").asText()).isEqualTo("CreativeWork");
        assertThat(descriptor.path("conformsTo").path("@id").asText()).isEqualTo("https://w3id.org/ro/crate/1.1");
        assertThat(descriptor.path("about").path("@id").asText()).isEqualTo("./");
        JsonNode root = graph.get("./");
        assertThat(root.path("@type").asText()).isEqualTo("Dataset");
        assertThat(root.path("name").asText()).contains("Farrow 2024 Fig. 4");
        assertThat(root.path("description").asText()).isNotBlank();
        assertThat(root.path("datePublished").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
        assertThat(graph).containsKey(root.path("license").path("@id").asText());
        // and every part is in the zip with the size and sha256 the metadata states
        assertThat(root.path("hasPart").size()).isGreaterThan(15);
        for (JsonNode part : root.path("hasPart")) {
            String path = part.path("@id").asText();
            JsonNode file = graph.get(path);
            assertThat(files).as(path).containsKey(path);
            assertThat(file.path("@type").asText()).isEqualTo("File");
            assertThat(file.path("sha256").asText()).as(path).isEqualTo(HexFormat.of().formatHex(MessageDigest
                    .getInstance("SHA-256").digest(files.get(path))));
            assertThat(file.path("contentSize").asText()).isEqualTo(String.valueOf(files.get(path).length));
        }
        assertThat(files.keySet()).contains("figure/panel-e.svg", "figure/panel-e.png", "figure/panel-e.csv",
                "analysis/result-g2-pulsed-demo-fig4e-2.json", "raw/measurement-demo-fig4e.pltags",
                "provenance/prov.json");
        JsonNode analysis = JSON.readTree(files.get("analysis/result-g2-pulsed-demo-fig4e-2.json"));
        assertThat(analysis.path("parameters").toString()).contains("flat");
    }
}
