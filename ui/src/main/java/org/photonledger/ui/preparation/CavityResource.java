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
import org.photonledger.domain.cavity.AssembleCavity;
import org.photonledger.domain.cavity.CavityConfiguration;
import org.photonledger.domain.cavity.CavityFigures;
import org.photonledger.domain.cavity.CavityId;
import org.photonledger.domain.cavity.ConfigureCavity;
import org.photonledger.domain.cavity.DisassembleCavity;
import org.photonledger.domain.cavity.DotSelection;
import org.photonledger.domain.film.FilmId;
import org.photonledger.domain.mirror.MirrorId;
import org.photonledger.domain.step.StepId;

/** REST writes of open-access microcavities: assembly over one dot, configurations with derived figures, disassembly. */
@Path("/api/cavities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cavities", description = "Bad input: 400 problem details naming every bad field, nothing stored. Unknown cavity: 404.")
public class CavityResource {

    @Inject
    PreparationRequests requests;

    @Inject
    PreparationFacade facade;

    @POST
    @Operation(summary = "Assemble a cavity over one dot",
            description = "201 with Location /api/samples/{id}. Needs a finished planar mirror carrying the film and a finished "
                    + "featured mirror with the chosen feature; every problem is named at once.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CavityJson.CavityBody.class)))
    public Response assemble(String body) {
        CavityJson.CavityBody b = requests.read(body, CavityJson.CavityBody.class);
        DotSelection dot = requests.values(b, "");
        CavityId id = CavityId.newId();
        StepId step = StepId.newId();
        facade.assembleCavity(new AssembleCavity(id, step, mirror(b.planarMirrorId()),
                b.filmId() == null || b.filmId().isBlank() ? null : new FilmId(b.filmId().strip()), mirror(b.featuredMirrorId()),
                b.featureLabel(), dot));
        return requests.created(id.value(), PreparationFacade.CAVITY, step, "Cavity assembled");
    }

    @POST
    @Path("{id}/configurations")
    @Operation(summary = "Record a configuration of an assembled cavity",
            description = "200 with the step's id and the derived figures (finesse, Q, mode volume, Purcell factors).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CavityJson.ConfigurationBody.class)))
    public Response configure(@PathParam("id") String id, String body) {
        requests.require(id, PreparationFacade.CAVITY);
        CavityConfiguration values = requests.values(requests.read(body, CavityJson.ConfigurationBody.class), "");
        StepId step = StepId.newId();
        CavityFigures figures = facade.configureCavity(new ConfigureCavity(new CavityId(id), step, values));
        return Response.ok(new RecordedJson(id, PreparationFacade.CAVITY, step.value(), "Configured",
                CavityJson.FiguresJson.of(figures))).build();
    }

    @POST
    @Path("{id}/disassemble")
    @Operation(summary = "Disassemble a cavity", description = "200; it can no longer be configured. The reason is optional.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReasonJson.class)))
    public Response disassemble(@PathParam("id") String id, String body) {
        requests.require(id, PreparationFacade.CAVITY);
        facade.disassembleCavity(new DisassembleCavity(new CavityId(id), requests.reason(body)));
        return Response.ok(new RecordedJson(id, PreparationFacade.CAVITY, null, "Cavity disassembled", null)).build();
    }

    private static MirrorId mirror(String id) {
        return id == null || id.isBlank() ? null : new MirrorId(id.strip());
    }
}
