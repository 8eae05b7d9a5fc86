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
import org.photonledger.domain.film.FilmId;
import org.photonledger.domain.film.FilmSubstrate;
import org.photonledger.domain.film.RecordFilmDensity;
import org.photonledger.domain.film.SpinCoatFilm;
import org.photonledger.domain.film.SpinCoating;
import org.photonledger.domain.film.SubstrateKind;
import org.photonledger.domain.mirror.MirrorId;
import org.photonledger.domain.sample.SampleId;
import org.photonledger.domain.step.StepId;

/** REST writes of films: spin-coating a QD sample onto a planar mirror or a coverslip, and measured densities. */
@Path("/api/films")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Films", description = "Bad input: 400 problem details naming every bad field, nothing stored. Unknown film: 404.")
public class FilmResource {

    @Inject
    PreparationRequests requests;

    @Inject
    PreparationFacade facade;

    @POST
    @Operation(summary = "Record a film spin-coated from a QD sample",
            description = "201 with Location /api/samples/{id}. The sample must be usable; a mirror substrate must be a "
                    + "DBR-coated planar mirror.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FilmJson.FilmBody.class)))
    public Response spinCoat(String body) {
        FilmJson.FilmBody b = requests.read(body, FilmJson.FilmBody.class);
        JsonValues in = new JsonValues("");
        FilmSubstrate substrate = null;
        if (b.substrate() != null) {
            SubstrateKind kind = in.choice("substrate.kind", b.substrate().kind(), SubstrateKind.class);
            substrate = new FilmSubstrate(kind, blank(b.substrate().mirrorId()) ? null : new MirrorId(b.substrate().mirrorId().strip()),
                    b.substrate().description());
        }
        SpinCoating values = b.values(in);
        in.throwIfAny(PreparationRequests.checksOf(values));
        FilmId id = FilmId.newId();
        StepId step = StepId.newId();
        facade.spinCoatFilm(new SpinCoatFilm(id, step, blank(b.sampleId()) ? null : new SampleId(b.sampleId().strip()),
                substrate, b.label(), values));
        return requests.created(id.value(), PreparationFacade.FILM, step, "Film spin-coated");
    }

    @POST
    @Path("{id}/density")
    @Operation(summary = "Record a measured dot density of a film", description = "200 with the step's id; may be repeated.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FilmJson.DensityBody.class)))
    public Response density(@PathParam("id") String id, String body) {
        return requests.step(id, PreparationFacade.FILM, body, FilmJson.DensityBody.class,
                (step, v) -> facade.recordFilmDensity(new RecordFilmDensity(new FilmId(id), step, v)));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
