package org.photonledger.ui.preparation;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.photonledger.domain.sample.DiscardSample;
import org.photonledger.domain.sample.ParentRef;
import org.photonledger.domain.sample.RecordEdtaTreatment;
import org.photonledger.domain.sample.RecordPmmaDispersion;
import org.photonledger.domain.sample.RecordSizeSelection;
import org.photonledger.domain.sample.SampleId;
import org.photonledger.domain.step.StepId;

/**
 * REST writes under {@code /api/samples}: QD samples derived from batches or samples (EDTA treatment, size
 * selection, PMMA dispersion), discarding one, and correcting or voiding a step of any lab object. The reads of
 * this path (search, one object, genealogy) are served by the sample read API.
 */
@Path("/api/samples")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Samples")
public class SampleWriteResource {

    private static final String CREATED = "201 with Location /api/samples/{id}. Bad values, unusable parents or not enough stock: "
            + "400 naming each field; nothing is stored.";

    /** Makes the sample command from its parts. */
    @FunctionalInterface
    interface Maker<V> {
        void make(SampleId id, StepId step, List<ParentRef> parents, String label, V values);
    }

    @Inject
    PreparationRequests requests;

    @Inject
    PreparationFacade facade;

    @POST
    @Path("edta-treatment")
    @Operation(summary = "Record a sample made by EDTA treatment", description = CREATED)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SampleJson.EdtaTreatmentBody.class)))
    public Response edtaTreatment(String body) {
        return derive(body, SampleJson.EdtaTreatmentBody.class, "EDTA treatment recorded",
                (id, step, parents, label, v) -> facade.recordEdtaTreatment(new RecordEdtaTreatment(id, step, parents, label, v)));
    }

    @POST
    @Path("size-selection")
    @Operation(summary = "Record a sample made by size-selective centrifugation", description = CREATED)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SampleJson.SizeSelectionBody.class)))
    public Response sizeSelection(String body) {
        return derive(body, SampleJson.SizeSelectionBody.class, "Size selection recorded",
                (id, step, parents, label, v) -> facade.recordSizeSelection(new RecordSizeSelection(id, step, parents, label, v)));
    }

    @POST
    @Path("pmma-dispersion")
    @Operation(summary = "Record a sample made by PMMA dispersion", description = CREATED)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SampleJson.PmmaDispersionBody.class)))
    public Response pmmaDispersion(String body) {
        return derive(body, SampleJson.PmmaDispersionBody.class, "PMMA dispersion recorded",
                (id, step, parents, label, v) -> facade.recordPmmaDispersion(new RecordPmmaDispersion(id, step, parents, label, v)));
    }

    @POST
    @Path("{id}/discard")
    @Operation(summary = "Discard a QD sample, saying why", description = "200; nothing can be derived from it any more. "
            + "400 without a reason; 404 for an unknown sample.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReasonJson.class)))
    public Response discard(@PathParam("id") String id, String body) {
        requests.require(id, PreparationFacade.SAMPLE);
        String reason = requests.read(body, ReasonJson.class).reason();
        facade.discardSample(new DiscardSample(new SampleId(id), reason));
        return Response.ok(new RecordedJson(id, PreparationFacade.SAMPLE, null, "Sample discarded", null)).build();
    }

    @POST
    @Path("{id}/steps/{stepId}/correction")
    @Operation(summary = "Correct a recorded step of any lab object, saying why",
            description = "Body: {\"values\": {…the step's values in the shape used to record it…}, \"reason\": \"…\"}. "
                    + "200; the original values stay in the history and reagent stock moves by the difference. "
                    + "400 naming each bad field (values.…, reason); 404 for an unknown object or step.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CorrectionJson.class)))
    public Response correct(@PathParam("id") String id, @PathParam("stepId") String stepId, String body) {
        return requests.correct(id, stepId, body);
    }

    @POST
    @Path("{id}/steps/{stepId}/void")
    @Operation(summary = "Void a recorded step of any lab object, saying why",
            description = "200; the step stays in the history, marked void, and its reagents go back into stock. 400 without a "
                    + "reason or when a later step depends on it (field stepId); 404 for an unknown object or step.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReasonJson.class)))
    public Response voidStep(@PathParam("id") String id, @PathParam("stepId") String stepId, String body) {
        return requests.voidStep(id, stepId, body);
    }

    private <V> Response derive(String body, Class<? extends SampleJson.DerivedSampleBody<V>> type, String title, Maker<V> maker) {
        SampleJson.DerivedSampleBody<V> b = requests.read(body, type);
        JsonValues in = new JsonValues("");
        List<ParentRef> parents = requests.parents(b.parents(), in);
        V values = b.values(in);
        in.throwIfAny(PreparationRequests.checksOf(values));
        SampleId id = SampleId.newId();
        StepId step = StepId.newId();
        maker.make(id, step, parents, b.label(), values);
        return requests.created(id.value(), PreparationFacade.SAMPLE, step, title);
    }
}
