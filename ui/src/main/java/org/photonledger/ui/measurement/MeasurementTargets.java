package org.photonledger.ui.measurement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.photonledger.acquisition.instrument.Specimen;
import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.domain.validation.InvalidInputException;
import org.photonledger.processing.sample.SampleQueries;
import org.photonledger.processing.sample.SampleRow;
import org.photonledger.processing.sample.StepRow;

/**
 * Describes a measurement target for the instruments from the lab's records (the read models): a film's dot density
 * and substrate, a cavity's film, chosen dot and configuration in force. The domain checks the same target again
 * when the start is recorded, so a stale read model cannot start a run on something unusable.
 */
@ApplicationScoped
public class MeasurementTargets {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    SampleQueries samples;

    /** A cavity as the instruments need it, with the dot position and configured length. */
    public record CavityTarget(Specimen.Cavity specimen, PlanePosition dot, Quantity length) {
    }

    public CavityTarget cavity(String cavityId) {
        SampleRow row = samples.byId(cavityId).filter(r -> r.kind().equals("Cavity"))
                .orElseThrow(() -> InvalidInputException.of("cavityId", cavityId, "no cavity with this id exists"));
        List<StepRow> steps = samples.steps(row.id());
        JsonNode assembly = active(steps, "Assembled").orElseThrow(() -> InvalidInputException.of("cavityId", cavityId,
                "its assembly was voided; it can no longer be measured"));
        JsonNode configured = activeLast(steps, "Configured").orElseThrow(() -> InvalidInputException.of("cavityId",
                cavityId, "has no configuration in force; configure the cavity (length, mode, resonance) before "
                        + "measuring it"));
        JsonNode dotNode = assembly.path("dot");
        PlanePosition dot = position(dotNode.path("position"));
        String filmId = assembly.path("filmId").path("value").asText();
        JsonNode values = configured.get(0);
        JsonNode figures = configured.get(1);
        Quantity length = quantity(values.path("length"));
        Quantity resonance = quantity(values.path("resonanceWavelength"));
        int q = values.path("longitudinalModeIndex").asInt();
        double finesse = figures.path("finesse").asDouble();
        double purcell = figures.path("purcellRandomDipole").asDouble();
        Specimen.Film film = film(filmId);
        return new CavityTarget(new Specimen.Cavity(cavityId, film, dot, q, length, resonance, finesse, purcell,
                seed(cavityId)), dot, length);
    }

    public Specimen.Film film(String filmId) {
        SampleRow row = samples.byId(filmId).filter(r -> r.kind().equals("Film"))
                .orElseThrow(() -> InvalidInputException.of("filmId", filmId, "no film with this id exists"));
        List<StepRow> steps = samples.steps(row.id());
        Quantity density = activeLast(steps, "Dot density measured").map(v -> quantity(v.path("density")))
                .or(() -> active(steps, "Spin-coated").map(v -> quantity(v.path("targetDensity"))))
                .orElse(null);
        boolean onMirror = row.subtype() != null && row.subtype().toLowerCase(Locale.ROOT).contains("mirror");
        return new Specimen.Film(filmId, density, onMirror, seed(filmId));
    }

    private static Optional<JsonNode> active(List<StepRow> steps, String kind) {
        return steps.stream().filter(s -> s.kind().equals(kind) && !s.status().equals("voided")).findFirst()
                .map(s -> read(s.valuesJson()));
    }

    private static Optional<JsonNode> activeLast(List<StepRow> steps, String kind) {
        return steps.stream().filter(s -> s.kind().equals(kind) && !s.status().equals("voided"))
                .reduce((first, second) -> second).map(s -> read(s.valuesJson()));
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable step values in the read model: " + e.getMessage(), e);
        }
    }

    private static Quantity quantity(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        return Quantity.of(node.path("value").asDouble(), Unit.valueOf(node.path("unit").asText()));
    }

    private static PlanePosition position(JsonNode node) {
        Quantity x = quantity(node.path("x"));
        Quantity y = quantity(node.path("y"));
        return x == null || y == null ? null : new PlanePosition(x, y);
    }

    /** A stable seed per lab object, so the simulated lab gives the same film the same dots every time. */
    static long seed(String id) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            long seed = 0;
            for (int i = 0; i < 8; i++) {
                seed = seed << 8 | (d[i] & 0xff);
            }
            return seed;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
