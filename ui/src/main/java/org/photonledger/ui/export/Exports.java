package org.photonledger.ui.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.photonledger.acquisition.rawstore.RawDataId;
import org.photonledger.acquisition.rawstore.RawStore;
import org.photonledger.domain.figure.Panel;
import org.photonledger.domain.measurement.RawDataRecord;
import org.photonledger.domain.result.ResultComputed;
import org.photonledger.domain.result.ResultId;
import org.photonledger.processing.sample.Genealogy;
import org.photonledger.processing.sample.SampleQueries;
import org.photonledger.ui.figure.FigureChart;
import org.photonledger.ui.figure.FigureLab;
import org.photonledger.ui.figure.FigureSpec;
import org.photonledger.ui.figure.PanelData;

/**
 * Self-contained exports of a figure or a result: its lineage as W3C PROV-JSON, and an RO-Crate 1.1 zip holding
 * the drawn panels (SVG, PNG, CSV), the raw data files, each result's analysis method, parameters and values
 * (JSON), the PROV document, and {@code ro-crate-metadata.json} describing every file with its SHA-256.
 */
public final class Exports {

    public static final String RO_CRATE = "https://w3id.org/ro/crate/1.1";
    public static final String LICENSE = "http://spdx.org/licenses/CC-BY-4.0";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final FigureLab lab;
    private final SampleQueries samples;
    private final RawStore store;

    public Exports(FigureLab lab, SampleQueries samples, RawStore store) {
        this.lab = lab;
        this.samples = samples;
        this.store = store;
    }

    /** The lineage of a figure, result or any lab object as PROV-JSON. */
    public String prov(String rootId) {
        Genealogy g = samples.genealogy(rootId).orElseThrow(() -> new IllegalArgumentException(
                "no figure, result or lab object with id '" + rootId + "'"));
        return ProvJson.document(ancestry(g), rawFiles(g), Instant.now());
    }

    /** Only what the root was made from (its lineage), not what was later made from it. */
    private static Genealogy ancestry(Genealogy g) {
        java.util.Set<String> keep = new java.util.LinkedHashSet<>();
        keep.add(g.root());
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Genealogy.Edge e : g.edges()) {
                if (keep.contains(e.to()) && keep.add(e.from())) {
                    grew = true;
                }
            }
        }
        return new Genealogy(g.root(), g.nodes().stream().filter(n -> keep.contains(n.id())).toList(),
                g.edges().stream().filter(e -> keep.contains(e.to()) && keep.contains(e.from())).toList(),
                g.truncated());
    }

    private List<ProvJson.RawFile> rawFiles(Genealogy g) {
        List<ProvJson.RawFile> out = new ArrayList<>();
        for (Genealogy.Node n : ancestry(g).nodes()) {
            if ("Measurement".equals(n.kind())) {
                lab.raw(n.id()).ifPresent(r -> out.add(new ProvJson.RawFile(n.id(), r.sha256(), r.format(),
                        r.bytes())));
            }
        }
        return out;
    }

    /** An RO-Crate of a figure: every panel drawn, the figure as a whole, raw data, analyses and PROV. */
    public byte[] crate(FigureSpec figure) {
        Crate crate = new Crate();
        List<PanelData> drawn = new ArrayList<>();
        for (Panel p : figure.panels()) {
            PanelData d = lab.data(p);
            drawn.add(d);
            String base = "figure/panel-" + p.label();
            crate.add(base + ".svg", FigureChart.svg(d, 800, 500).getBytes(StandardCharsets.UTF_8), "image/svg+xml",
                    figure.name() + p.label() + " — " + p.title());
            crate.add(base + ".png", FigureChart.png(d, 800, 500), "image/png", figure.name() + p.label() + " (PNG)");
            crate.add(base + ".csv", d.csv().getBytes(StandardCharsets.UTF_8), "text/csv", "data of panel "
                    + p.label() + " as drawn");
            for (ResultId r : p.resultIds()) {
                addResult(crate, r);
            }
            p.measurementIds().forEach(m -> addRaw(crate, m.value()));
        }
        crate.add("figure/figure.svg", FigureChart.svg(drawn, 2, 800, 500).getBytes(StandardCharsets.UTF_8),
                "image/svg+xml", figure.name() + " (all panels)");
        crate.add("figure/figure-definition.json", json(figure), "application/json", figure.name() + ", version "
                + figure.version() + ": the panels as defined");
        crate.add("provenance/prov.json", prov(figure.id()).getBytes(StandardCharsets.UTF_8), "application/json",
                "W3C PROV-JSON lineage of " + figure.name());
        return crate.zip(figure.name() + " (version " + figure.version() + ")", "Figure " + figure.name()
                + " as recorded in PhotonLedger: the panels drawn from the stored raw data by the recorded "
                + "analyses, the raw data, the analyses and the lineage back to the reagent lots. "
                + (figure.caption() == null ? "" : figure.caption()));
    }

    /** An RO-Crate of one result: its analysis, raw data, the fit over the data and PROV. */
    public byte[] crate(String resultId) {
        ResultComputed c = lab.result(resultId).orElseThrow(() -> new IllegalArgumentException(
                "no figure or result with id '" + resultId + "'"));
        Crate crate = new Crate();
        addResult(crate, c.resultId());
        FigureLab.Analysed a = lab.analyse(c.resultId());
        crate.add("result/" + resultId + ".svg", org.photonledger.ui.result.ResultChart.svg(a.outcome().plot(), 900,
                420).getBytes(StandardCharsets.UTF_8), "image/svg+xml", "the fit over the data of " + resultId);
        crate.add("provenance/prov.json", prov(resultId).getBytes(StandardCharsets.UTF_8), "application/json",
                "W3C PROV-JSON lineage of " + resultId);
        return crate.zip("Result " + resultId, "Result " + resultId + " (" + c.model() + " by " + c.method()
                + ") as recorded in PhotonLedger, with its raw data, analysis parameters and lineage.");
    }

    private void addResult(Crate crate, ResultId r) {
        String path = "analysis/" + r.value() + ".json";
        if (crate.has(path)) {
            return;
        }
        ResultComputed c = lab.result(r.value()).orElseThrow(() -> new IllegalStateException("no result " + r));
        Map<String, Object> analysis = new LinkedHashMap<>();
        analysis.put("resultId", c.resultId().value());
        analysis.put("measurementId", c.measurementId().value());
        analysis.put("rawSha256", c.rawSha256());
        analysis.put("model", c.model());
        analysis.put("method", c.method());
        analysis.put("parameters", c.parameters());
        analysis.put("values", c.values());
        analysis.put("headline", c.headline());
        analysis.put("chi2Reduced", c.chi2Reduced());
        crate.add(path, json(analysis), "application/json", "analysis method, parameters and values of " + r);
        addRaw(crate, c.measurementId().value());
    }

    private void addRaw(Crate crate, String measurementId) {
        RawDataRecord raw = lab.raw(measurementId).orElseThrow(() -> new IllegalStateException("measurement "
                + measurementId + " has no raw data recorded"));
        boolean table = "csv".equals(raw.format());
        RawDataId id = new RawDataId(raw.sha256());
        Path file = table ? store.pathOfBlob(id, "csv") : store.pathOf(id);
        String path = "raw/" + measurementId + (table ? ".csv" : RawStore.EXTENSION);
        if (crate.has(path)) {
            return;
        }
        try {
            crate.add(path, Files.readAllBytes(file), table ? "text/csv" : "application/octet-stream",
                    "raw data of " + measurementId + " (" + raw.format() + ", sha256 " + raw.sha256() + " as "
                            + "recorded)");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the raw data file " + file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The files of a crate, in the order added, and its metadata. */
    private static final class Crate {

        private record Entry(byte[] content, String format, String name) {
        }

        private final Map<String, Entry> files = new LinkedHashMap<>();

        boolean has(String path) {
            return files.containsKey(path);
        }

        void add(String path, byte[] content, String format, String name) {
            files.putIfAbsent(path, new Entry(content, format, name));
        }

        byte[] zip(String name, String description) {
            ObjectNode metadata = JSON.createObjectNode();
            metadata.put("@context", RO_CRATE + "/context");
            ArrayNode graph = metadata.putArray("@graph");
            ObjectNode descriptor = graph.addObject();
            descriptor.put("@id", "ro-crate-metadata.json");
            descriptor.put("@type", "CreativeWork");
            descriptor.putObject("conformsTo").put("@id", RO_CRATE);
            descriptor.putObject("about").put("@id", "./");
            ObjectNode root = graph.addObject();
            root.put("@id", "./");
            root.put("@type", "Dataset");
            root.put("name", name);
            root.put("description", description.strip());
            root.put("datePublished", Instant.now().toString());
            root.putObject("license").put("@id", LICENSE);
            ArrayNode parts = root.putArray("hasPart");
            ObjectNode license = graph.addObject();
            license.put("@id", LICENSE);
            license.put("@type", "CreativeWork");
            license.put("name", "Creative Commons Attribution 4.0 International");
            ObjectNode software = graph.addObject();
            software.put("@id", "#photonledger");
            software.put("@type", "SoftwareApplication");
            software.put("name", "PhotonLedger");
            software.put("version", "0.1.0");
            files.forEach((path, e) -> {
                parts.addObject().put("@id", path);
                ObjectNode file = graph.addObject();
                file.put("@id", path);
                file.put("@type", "File");
                file.put("name", e.name());
                file.put("encodingFormat", e.format());
                file.put("contentSize", String.valueOf(e.content().length));
                file.put("sha256", sha256(e.content()));
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("ro-crate-metadata.json"));
                zip.write(JSON.writeValueAsBytes(metadata));
                zip.closeEntry();
                for (Map.Entry<String, Entry> f : files.entrySet()) {
                    zip.putNextEntry(new ZipEntry(f.getKey()));
                    zip.write(f.getValue().content());
                    zip.closeEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }
}
