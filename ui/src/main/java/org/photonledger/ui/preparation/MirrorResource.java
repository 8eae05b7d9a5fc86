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
import org.photonledger.domain.mirror.MirrorId;
import org.photonledger.domain.mirror.MirrorKind;
import org.photonledger.domain.mirror.PrepareMirrorSubstrate;
import org.photonledger.domain.mirror.RecordDbrCoating;
import org.photonledger.domain.mirror.RecordFeatureMilling;
import org.photonledger.domain.mirror.RecordReflectivity;
import org.photonledger.domain.mirror.SubstratePreparation;
import org.photonledger.domain.step.StepId;

/** REST writes of cavity mirrors: substrate, FIB-milled features (featured only), DBR coating, reflectivity. */
@Path("/api/mirrors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Mirrors", description = "Bad input: 400 problem details naming every bad field, nothing stored. Unknown mirror: 404.")
public class MirrorResource {

    private static final String STEP = "200 with the step's id; out of order or bad values: 400 naming each field.";

    @Inject
    PreparationRequests requests;

    @Inject
    PreparationFacade facade;

    @POST
    @Operation(summary = "Start a mirror with its substrate", description = "201 with Location /api/samples/{id}.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MirrorJson.SubstrateBody.class)))
    public Response prepare(String body) {
        MirrorJson.SubstrateBody b = requests.read(body, MirrorJson.SubstrateBody.class);
        JsonValues in = new JsonValues("");
        MirrorKind kind = in.choice("kind", b.kind(), MirrorKind.class);
        SubstratePreparation values = b.values(in);
        in.throwIfAny(PreparationRequests.checksOf(values));
        MirrorId id = MirrorId.newId();
        StepId step = StepId.newId();
        facade.prepareMirrorSubstrate(new PrepareMirrorSubstrate(id, step, kind, b.label(), values));
        return requests.created(id.value(), PreparationFacade.MIRROR, step, "Substrate prepared");
    }

    @POST
    @Path("{id}/steps/feature-milling")
    @Operation(summary = "Record concave features milled by FIB (featured mirrors, before coating)", description = STEP)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MirrorJson.FeatureMillingBody.class)))
    public Response featureMilling(@PathParam("id") String id, String body) {
        return requests.step(id, PreparationFacade.MIRROR, body, MirrorJson.FeatureMillingBody.class,
                (step, v) -> facade.recordFeatureMilling(new RecordFeatureMilling(new MirrorId(id), step, v)));
    }

    @POST
    @Path("{id}/steps/dbr-coating")
    @Operation(summary = "Record the DBR coating", description = STEP)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MirrorJson.DbrCoatingBody.class)))
    public Response dbrCoating(@PathParam("id") String id, String body) {
        return requests.step(id, PreparationFacade.MIRROR, body, MirrorJson.DbrCoatingBody.class,
                (step, v) -> facade.recordDbrCoating(new RecordDbrCoating(new MirrorId(id), step, v)));
    }

    @POST
    @Path("{id}/steps/reflectivity")
    @Operation(summary = "Record a reflectivity measurement of the coated mirror", description = STEP)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MirrorJson.ReflectivityBody.class)))
    public Response reflectivity(@PathParam("id") String id, String body) {
        return requests.step(id, PreparationFacade.MIRROR, body, MirrorJson.ReflectivityBody.class,
                (step, v) -> facade.recordReflectivity(new RecordReflectivity(new MirrorId(id), step, v)));
    }
}
