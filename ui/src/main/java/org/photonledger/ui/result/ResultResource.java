package org.photonledger.ui.result;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.photonledger.domain.result.ReportResult;
import org.photonledger.domain.result.ResultId;
import org.photonledger.processing.sample.Genealogy;
import org.photonledger.processing.sample.HistoryRow;
import org.photonledger.processing.sample.SampleQueries;
import org.photonledger.processing.sample.SampleRow;
import org.photonledger.ui.api.JsonBody;
import org.photonledger.ui.axon.AxonRuntime;

/** Results over REST: the number with its inputs and method, its lineage back to the reagent lots, and reporting. */
@Path("/api/results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Results")
public class ResultResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    SampleQueries samples;

    @Inject
    AxonRuntime axon;

    @Inject
    JsonBody json;

    /** A result as recorded: the ResultComputed payload, its state, and the labels it was reported under. */
    public record ResultJson(SampleRow result, JsonNode computed, List<String> reportedAs) {
    }

    public record LabelBody(String label) {
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One result: values with uncertainties, method@version, parameters, the measurement and raw-data "
            + "hash it came from")
    public ResultJson get(@PathParam("id") String id) {
        SampleRow row = samples.byId(id).filter(r -> r.kind().equals("Result"))
                .orElseThrow(() -> new NotFoundException("no result with id '" + id + "'"));
        List<HistoryRow> history = samples.history(id, 1000);
        JsonNode computed = null;
        List<String> labels = new java.util.ArrayList<>();
        for (HistoryRow h : history) {
            JsonNode payload = read(h.payloadJson());
            if (h.eventType().equals("ResultComputed")) {
                computed = payload;
            } else if (h.eventType().equals("ResultReported")) {
                labels.add(payload.path("label").asText());
            }
        }
        return new ResultJson(row, computed, labels);
    }

    @GET
    @Path("{id}/lineage")
    @Operation(summary = "Everything the result was derived from: measurement, cavity, film, samples, batch, mirrors and "
            + "reagent lots, as nodes and parent→child edges (each with the event that recorded it)")
    public Genealogy lineage(@PathParam("id") String id) {
        samples.byId(id).filter(r -> r.kind().equals("Result"))
                .orElseThrow(() -> new NotFoundException("no result with id '" + id + "'"));
        return samples.genealogy(id).orElseThrow(() -> new NotFoundException("no result with id '" + id + "'"));
    }

    @POST
    @Path("{id}/report")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark the result as reported under a label (e.g. \"Farrow 2024, Fig. 4e\")")
    public ResultJson report(@PathParam("id") String id, String body) {
        LabelBody b = json.read(body, LabelBody.class);
        samples.byId(id).filter(r -> r.kind().equals("Result"))
                .orElseThrow(() -> new NotFoundException("no result with id '" + id + "'"));
        axon.send(new ReportResult(new ResultId(id), b.label()));
        axon.awaitCaughtUp(Duration.ofSeconds(10));
        return get(id);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            return JSON.createObjectNode().put("unreadable", e.getMessage());
        }
    }
}
