package org.photonledger.ui.signature;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.photonledger.domain.figure.FigureId;
import org.photonledger.domain.figure.SignFigure;
import org.photonledger.domain.result.ResultId;
import org.photonledger.domain.result.SignResult;
import org.photonledger.domain.signature.LineageDigest;
import org.photonledger.domain.signature.Meaning;
import org.photonledger.domain.validation.InvalidInputException;
import org.photonledger.processing.sample.Genealogy;
import org.photonledger.processing.sample.HistoryRow;
import org.photonledger.processing.sample.SampleQueries;
import org.photonledger.processing.sample.SampleRow;
import org.photonledger.ui.axon.ActorContext;
import org.photonledger.ui.axon.AxonRuntime;
import org.photonledger.ui.security.Actor;
import org.photonledger.ui.security.CommandRoles;
import org.photonledger.ui.security.UserDirectory;

/**
 * Electronic signatures on results and figures (21 CFR Part 11 style). A reviewer signs by re-entering their
 * password and choosing a meaning; the signature event carries who, the meaning and the SHA-256 over the signed
 * record and everything it was made from — each record digested over its own events (payloads as recorded), so a
 * correction, a void, a discard or a revision anywhere upstream changes the digest. Reading a signature recomputes
 * the digests now: a signature whose digest no longer matches is shown as <em>stale</em>, with the records that
 * changed. Bookkeeping events that do not change what a record says are left out (a lot's consumption by another
 * batch, a result reported under a label, a figure published, other signatures).
 */
@ApplicationScoped
public class SignatureService {

    static final String FORMAT = "photonledger-signature-v1";
    /** Events that do not change what their record says; a signature does not go stale over them. */
    static final Set<String> BOOKKEEPING = Set.of("ReagentConsumed", "ReagentRestored", "ResultReported",
            "ResultSigned", "FigurePublished", "FigureSigned");
    private static final Duration READ_YOUR_WRITE = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What would be signed now: the overall digest and each record's. */
    public record Digest(String subjectId, String sha256, List<LineageDigest> lineage) {
    }

    /** A signature as recorded, checked against the records as they are now. */
    public record Signature(String subjectId, Integer version, String signer, String meaning, Instant at,
            String sha256, int records, boolean stale, List<String> changed, String eventId) {
    }

    @Inject
    SampleQueries samples;

    @Inject
    AxonRuntime axon;

    @Inject
    UserDirectory directory;

    public Signature signResult(String resultId, String meaning, String password) {
        SampleRow row = subject(resultId, "Result");
        Meaning m = meaning(meaning);
        Actor signer = reauthenticate(SignResult.class, password);
        Digest d = digest(row.id());
        ActorContext.runAs(signer, () -> axon.send(new SignResult(new ResultId(row.id()), m, d.sha256(), d.lineage())));
        axon.awaitCaughtUp(READ_YOUR_WRITE);
        return latest(row.id());
    }

    public Signature signFigure(String figureId, Integer version, String meaning, String password) {
        SampleRow row = subject(figureId, "Figure");
        Meaning m = meaning(meaning);
        if (version == null || version < 1) {
            throw InvalidInputException.of("version", version, "is required: the figure version you checked");
        }
        Actor signer = reauthenticate(SignFigure.class, password);
        Digest d = digest(row.id());
        ActorContext.runAs(signer, () -> axon.send(new SignFigure(new FigureId(row.id()), version, m, d.sha256(),
                d.lineage())));
        axon.awaitCaughtUp(READ_YOUR_WRITE);
        return latest(row.id());
    }

    /** Every signature on a result or figure, oldest first, each checked against the records now. */
    public List<Signature> signatures(String subjectId) {
        List<Signature> all = new ArrayList<>();
        Digest now = null;
        for (HistoryRow h : samples.recordEvents(subjectId, Set.of())) {
            if (!h.eventType().equals("ResultSigned") && !h.eventType().equals("FigureSigned")) {
                continue;
            }
            if (now == null) {
                now = digest(subjectId);
            }
            JsonNode p = read(h.payloadJson());
            Map<String, String> then = new LinkedHashMap<>();
            p.path("lineage").forEach(n -> then.put(n.path("id").asText(), n.path("sha256").asText()));
            Map<String, String> current = new LinkedHashMap<>();
            now.lineage().forEach(l -> current.put(l.id(), l.sha256()));
            List<String> changed = new ArrayList<>();
            Set<String> ids = new TreeSet<>(then.keySet());
            ids.addAll(current.keySet());
            for (String id : ids) {
                if (!java.util.Objects.equals(then.get(id), current.get(id))) {
                    changed.add(describe(id, then.containsKey(id), current.containsKey(id)));
                }
            }
            String sha = p.path("sha256").asText();
            all.add(new Signature(subjectId, p.has("version") ? p.path("version").asInt() : null,
                    p.path("signer").asText(), p.path("meaning").asText().toLowerCase(java.util.Locale.ROOT),
                    h.occurredAt(), sha, then.size(), !sha.equals(now.sha256()), changed, h.eventId()));
        }
        return all;
    }

    /**
     * The digest of a record and its lineage now: the record first, then everything it was made from (upstream
     * only, sorted by id), each as the SHA-256 of its events but the bookkeeping ones.
     */
    public Digest digest(String subjectId) {
        axon.awaitCaughtUp(READ_YOUR_WRITE);
        Genealogy g = samples.genealogy(subjectId).orElseThrow(() -> InvalidInputException.of("id", subjectId,
                "no result or figure with this id"));
        if (g.truncated()) {
            throw InvalidInputException.of("id", subjectId, "its lineage is larger than the genealogy reads at once ("
                    + g.nodes().size() + " records); it cannot be signed in full");
        }
        List<String> ids = new ArrayList<>();
        ids.add(subjectId);
        ids.addAll(new TreeSet<>(upstream(subjectId, g.edges())));
        List<LineageDigest> lineage = new ArrayList<>();
        StringBuilder all = new StringBuilder(FORMAT).append('\n');
        for (String id : ids) {
            String sha = recordDigest(id);
            lineage.add(new LineageDigest(id, sha));
            all.append(id).append(' ').append(sha).append('\n');
        }
        return new Digest(subjectId, sha256(all.toString()), List.copyOf(lineage));
    }

    private String recordDigest(String id) {
        StringBuilder b = new StringBuilder(FORMAT).append('\n').append(id).append('\n');
        for (HistoryRow h : samples.recordEvents(id, BOOKKEEPING)) {
            b.append(h.eventId()).append('\n').append(h.eventType()).append('\n').append(h.payloadJson()).append('\n');
        }
        return sha256(b.toString());
    }

    /** Everything the subject was made from: the edges walked from child to parent. */
    private static Set<String> upstream(String subjectId, List<Genealogy.Edge> edges) {
        Map<String, List<String>> parents = new LinkedHashMap<>();
        for (Genealogy.Edge e : edges) {
            parents.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e.from());
        }
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(subjectId));
        while (!todo.isEmpty()) {
            for (String p : parents.getOrDefault(todo.pop(), List.of())) {
                if (!p.equals(subjectId) && seen.add(p)) {
                    todo.push(p);
                }
            }
        }
        return seen;
    }

    private String describe(String id, boolean then, boolean now) {
        String label = samples.byId(id).map(r -> r.kind() + " " + r.label() + " (" + id + ")").orElse(id);
        if (then && now) {
            return label + ": changed since signing";
        }
        return label + (now ? ": added to the lineage since signing" : ": no longer in the lineage");
    }

    private Signature latest(String subjectId) {
        List<Signature> all = signatures(subjectId);
        if (all.isEmpty()) {
            throw new IllegalStateException("the signature on " + subjectId + " was recorded but is not readable yet");
        }
        return all.getLast();
    }

    /** The signer must hold the role and type their own password again (21 CFR 11.200: both components). */
    private Actor reauthenticate(Class<?> command, String password) {
        Actor actor = ActorContext.currentActor();
        CommandRoles.check(command, actor);
        if (actor.isSystem() || password == null || password.isEmpty()
                || directory.authenticate(actor.name(), password).isEmpty()) {
            throw InvalidInputException.of("password", null, "is not the password of '" + actor.name()
                    + "'; a signature needs the signer's own password, typed again");
        }
        return directory.active(actor.name()).orElse(actor);
    }

    private SampleRow subject(String id, String kind) {
        Optional<SampleRow> row = id == null ? Optional.empty() : samples.byId(id.strip());
        if (row.isEmpty() || !row.get().kind().equals(kind)) {
            throw new jakarta.ws.rs.NotFoundException("no " + kind.toLowerCase(java.util.Locale.ROOT) + " with id '"
                    + id + "'");
        }
        return row.get();
    }

    private static Meaning meaning(String meaning) {
        try {
            return Meaning.of(meaning);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("meaning", meaning, e.getMessage());
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable signature payload", e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
