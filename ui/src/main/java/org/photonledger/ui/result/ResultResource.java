package org.photonledger.ui.result;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.photonledger.domain.result.ResultId;
import org.photonledger.processing.reagent.ReagentLotQueries;
import org.photonledger.processing.reagent.ReagentLotRow;
import org.photonledger.processing.result.AnalysisOptions;
import org.photonledger.processing.sample.Genealogy;
import org.photonledger.processing.sample.HistoryRow;
import org.photonledger.processing.sample.SampleQueries;
import org.photonledger.processing.sample.SampleRow;
import org.photonledger.processing.sample.SampleSearch;
import org.photonledger.processing.store.Page;
import org.photonledger.processing.store.SortOrder;
import org.photonledger.ui.api.JsonBody;

/**
 * Results over REST: the number with its inputs, method and reason; its lineage back to the reagent lots; the reverse
 * question (every result made from a lot, a batch, a film…); re-analysis with other choices; reporting with a reason;
 * and recomputation from the raw data.
 */
@Path("/api/results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Results")
public class ResultResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    SampleQueries samples;

    @Inject
    ReagentLotQueries lots;

    @Inject
    ResultService results;

    @Inject
    JsonBody json;

    /** A result as recorded: the ResultComputed payload, who computed it when and why, and its reports. */
    public record ResultJson(SampleRow result, JsonNode computed, String computedBy, Instant computedAt, String reason,
            List<String> reportedAs, List<ResultService.Report> reports) {
    }

    /** The lineage graph of a result, with the reagent lots it reaches in full (lot, supplier, purity). */
    public record LineageJson(String root, List<Genealogy.Node> nodes, List<Genealogy.Edge> edges, boolean truncated,
            List<ReagentLotRow> reagentLots) {
    }

    /** A result recomputed from its raw data now. */
    public record RecomputedJson(String resultId, boolean matches, List<String> differences, JsonNode values) {
    }

    public record ReportBody(String label, String reason) {
    }

    public record AnalysisBody(String measurementId, Map<String, String> options, String reason) {
    }

    /** The options a model takes, for forms and scripts. */
    public record OptionJson(String name, String unit, List<String> choices, String help) {
    }

    @GET
    @Operation(summary = "Results, newest first, a page at a time; with madeFrom: every result derived (transitively) from "
            + "that reagent lot, batch, sample, film, cavity or measurement")
    public Page<SampleRow> list(@QueryParam("madeFrom") String madeFrom,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        try {
            if (madeFrom == null || madeFrom.isBlank()) {
                return samples.search(new SampleSearch(null, "Result", null, null, null), List.of(new SortOrder(
                        "createdAt", false)), offset, limit);
            }
            samples.byId(madeFrom.strip()).orElseThrow(() -> new NotFoundException("no lab object with id '"
                    + madeFrom.strip() + "'"));
            return samples.descendants(madeFrom.strip(), "Result", offset, limit);
        } catch (IllegalArgumentException bad) {
            throw new BadRequestException(bad.getMessage());
        }
    }

    @GET
    @Path("options/{model}")
    @Operation(summary = "The choices a re-analysis with this model takes (g2-pulsed, g2-cw, lifetime, spectrum, malus, "
            + "blinking)")
    public List<OptionJson> options(@PathParam("model") String model) {
        try {
            return AnalysisOptions.of(model).stream().map(o -> new OptionJson(o.name(), o.unit() == null ? null
                    : o.unit().symbol(), o.choices(), o.help())).toList();
        } catch (IllegalArgumentException unknown) {
            throw new NotFoundException(unknown.getMessage());
        }
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One result: values with uncertainties, method@version, parameters (the user's choices as "
            + "given.*), the measurement and raw-data hash it came from, who computed it, when and why, and its reports")
    public ResultJson get(@PathParam("id") String id) {
        SampleRow row = resultRow(id);
        ResultService.Record record = results.record(id).orElseThrow(() -> notFound(id));
        JsonNode computed = null;
        for (HistoryRow h : samples.history(id, 1000)) {
            if (h.eventType().equals("ResultComputed")) {
                computed = read(h.payloadJson());
            }
        }
        List<String> labels = record.reports().stream().map(ResultService.Report::label).toList();
        return new ResultJson(row, computed, record.actor(), record.at(), record.reason(), labels, record.reports());
    }

    @Inject
    org.photonledger.ui.signature.SignatureService signatures;

    @POST
    @Path("{id}/signatures")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign the result electronically (reviewer): {\"meaning\": \"reviewed\"|\"approved\", "
            + "\"password\": your own password again}; the signature covers the SHA-256 of the result and its lineage")
    public Response sign(@PathParam("id") String id, String body) {
        org.photonledger.ui.signature.SignBody b = json.read(body, org.photonledger.ui.signature.SignBody.class);
        var signed = signatures.signResult(id, b.meaning(), b.password());
        return Response.status(201).entity(signed).build();
    }

    @GET
    @Path("{id}/signatures")
    @Operation(summary = "The result's signatures, each checked now: stale (with what changed) when anything in its "
            + "lineage changed after signing")
    public List<org.photonledger.ui.signature.SignatureService.Signature> signatures(@PathParam("id") String id) {
        resultRow(id);
        return signatures.signatures(id);
    }

    @GET
    @Path("{id}/lineage")
    @Operation(summary = "Everything the result was derived from: measurement, cavity, film, samples, batch, mirrors and "
            + "reagent lots, as nodes (who recorded each, when) and parent→child edges (the event that recorded each "
            + "link, by whom, when), plus the reagent lots in full")
    public LineageJson lineage(@PathParam("id") String id) {
        resultRow(id);
        Genealogy g = samples.genealogy(id).orElseThrow(() -> notFound(id));
        List<ReagentLotRow> reagents = new ArrayList<>();
        for (Genealogy.Node n : g.nodes()) {
            if (n.kind().equals("ReagentLot")) {
                lots.byId(n.id()).ifPresent(reagents::add);
            }
        }
        return new LineageJson(g.root(), g.nodes(), g.edges(), g.truncated(), reagents);
    }

    @GET
    @Path("{id}/recompute")
    @Operation(summary = "Computes the result again from its stored raw data with its recorded choices and lists every "
            + "value that differs (none: the number is reproduced)")
    public RecomputedJson recompute(@PathParam("id") String id) {
        resultRow(id);
        ResultService.Recomputed r = results.recompute(id).orElseThrow(() -> notFound(id));
        return new RecomputedJson(id, r.matches(), r.differences(), JSON.valueToTree(r.outcome().values()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Analyse a measurement again with other choices (see options/{model}) and a reason; records a "
            + "new result, the earlier ones stay")
    public Response reanalyse(String body) {
        AnalysisBody b = json.read(body, AnalysisBody.class);
        ResultId id = results.reanalyse(b.measurementId(), b.options(), b.reason());
        return Response.status(Response.Status.CREATED).entity(get(id.value())).build();
    }

    @POST
    @Path("{id}/report")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark the result as reported under a label (e.g. \"Farrow 2024, Fig. 4e\") with the reason this "
            + "result is the one reported")
    public ResultJson report(@PathParam("id") String id, String body) {
        ReportBody b = json.read(body, ReportBody.class);
        resultRow(id);
        results.report(id, b.label(), b.reason());
        return get(id);
    }

    private SampleRow resultRow(String id) {
        return samples.byId(id).filter(r -> r.kind().equals("Result")).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("no result with id '" + id + "'");
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            return JSON.createObjectNode().put("unreadable", e.getMessage());
        }
    }
}
