package org.photonledger.ui.preparation;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.photonledger.domain.synthesis.AbandonSynthesisBatch;
import org.photonledger.domain.synthesis.BatchId;
import org.photonledger.domain.synthesis.RecordCsOleatePreparation;
import org.photonledger.domain.synthesis.RecordHotInjection;
import org.photonledger.domain.synthesis.RecordPbI2SolutionPreparation;
import org.photonledger.domain.synthesis.RecordPurification;
import org.photonledger.domain.synthesis.RecordStorage;
import org.photonledger.domain.synthesis.StartSynthesisBatch;

/**
 * REST writes of hot-injection synthesis batches: open one, record its steps in the protocol's order (each takes
 * its reagents out of stock), abandon it. Reads are under {@code /api/samples}.
 */
@Path("/api/batches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Synthesis batches", description = "Quantities are {\"value\": …, \"unit\": …}; reagents {\"lotId\": …, \"amount\": {…}}. "
        + "Bad input: 400 problem details naming every bad field, nothing stored. Unknown batch: 404.")
public class BatchResource {

    private static final String STEP = "200 with the step's id. Out of order, bad values or not enough stock: 400 naming each "
            + "field (the field 'step' for the order); nothing is stored.";

    @Inject
    PreparationRequests requests;

    @Inject
    PreparationFacade facade;

    @POST
    @Operation(summary = "Start a synthesis batch", description = "201 with Location /api/samples/{id}.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SynthesisJson.StartBatchBody.class)))
    public Response start(String body) {
        SynthesisJson.StartBatchBody b = requests.read(body, SynthesisJson.StartBatchBody.class);
        BatchId id = BatchId.newId();
        facade.startBatch(new StartSynthesisBatch(id, b.name(), b.protocol()));
        return requests.created(id.value(), PreparationFacade.BATCH, null, "Synthesis batch started");
    }

    @POST
    @Path("{id}/steps/cs-oleate")
    @Operation(summary = "Record the Cs-oleate precursor (flask 1)", description = STEP)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SynthesisJson.CsOleateBody.class)))
    public Response csOleate(@PathParam("id") String id, String body) {
        return requests.step(id, PreparationFacade.BATCH, body, SynthesisJson.CsOleateBody.class,
                (step, v) -> facade.recordCsOleate(new RecordCsOleatePreparation(new BatchId(id), step, v)));
    }

    @POST
    @Path("{id}/steps/pbi2-solution")
    @Operation(summary = "Record the PbI2 solution (flask 2)", description = STEP)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SynthesisJson.PbI2SolutionBody.class)))
    public Response pbI2Solution(@PathParam("id") String id, String body) {
        return requests.step(id, PreparationFacade.BATCH, body, SynthesisJson.PbI2SolutionBody.class,
                (step, v) -> facade.recordPbI2Solution(new RecordPbI2SolutionPreparation(new BatchId(id), step, v)));
    }

    @POST
    @Path("{id}/steps/hot-injection")
    @Operation(summary = "Record the hot injection and quench", description = STEP)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SynthesisJson.HotInjectionBody.class)))
    public Response hotInjection(@PathParam("id") String id, String body) {
        return requests.step(id, PreparationFacade.BATCH, body, SynthesisJson.HotInjectionBody.class,
                (step, v) -> facade.recordHotInjection(new RecordHotInjection(new BatchId(id), step, v)));
    }

    @POST
    @Path("{id}/steps/purification")
    @Operation(summary = "Record the antisolvent purification", description = STEP)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SynthesisJson.PurificationBody.class)))
    public Response purification(@PathParam("id") String id, String body) {
        return requests.step(id, PreparationFacade.BATCH, body, SynthesisJson.PurificationBody.class,
                (step, v) -> facade.recordPurification(new RecordPurification(new BatchId(id), step, v)));
    }

    @POST
    @Path("{id}/steps/storage")
    @Operation(summary = "Record where the purified dots are stored", description = STEP
            + " Afterwards samples can be derived from the batch.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SynthesisJson.StorageBody.class)))
    public Response storage(@PathParam("id") String id, String body) {
        return requests.step(id, PreparationFacade.BATCH, body, SynthesisJson.StorageBody.class,
                (step, v) -> facade.recordStorage(new RecordStorage(new BatchId(id), step, v)));
    }

    @POST
    @Path("{id}/abandon")
    @Operation(summary = "Abandon a batch, saying why", description = "200; no further step can be recorded and nothing derived. "
            + "400 without a reason.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReasonJson.class)))
    public Response abandon(@PathParam("id") String id, String body) {
        requests.require(id, PreparationFacade.BATCH);
        String reason = requests.read(body, ReasonJson.class).reason();
        facade.abandonBatch(new AbandonSynthesisBatch(new BatchId(id), reason));
        return Response.ok(new RecordedJson(id, PreparationFacade.BATCH, null, "Batch abandoned", null)).build();
    }
}
