package org.photonledger.ui.figure;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.photonledger.domain.figure.Panel;
import org.photonledger.processing.figure.FigureRow;

/**
 * Figures over REST: the list, one definition with its panels' annotations, each panel drawn (SVG, PNG) and its
 * data (CSV), the whole figure, reproduce and verify reports, and the exports (PROV-JSON, RO-Crate).
 */
@Path("/api/figures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures")
public class FigureResource {

    @Inject
    FigureService figures;

    @Inject
    FigureExportService exports;

    /** A figure in the list. */
    public record FigureSummary(String id, String name, int version, Integer publishedVersion, List<String> panels,
            String href) {
    }

    /** A figure as defined now, with each panel's annotation filled in and its downloads. */
    public record FigureJson(FigureSpec figure, List<PanelJson> panels) {
    }

    /** One panel's definition, the numbers it shows and where its drawings are. */
    public record PanelJson(Panel panel, List<String> annotations, String svg, String png, String csv) {
    }

    @GET
    @Operation(summary = "Every figure definition: id, name, current and published version, panel labels")
    public List<FigureSummary> list() {
        return figures.all().stream().map(FigureResource::summary).toList();
    }

    private static FigureSummary summary(FigureRow r) {
        return new FigureSummary(r.id(), r.name(), r.version(), r.publishedVersion(), r.panels().stream()
                .map(Panel::label).toList(), "/api/figures/" + r.id());
    }

    @Inject
    org.photonledger.ui.signature.SignatureService signatures;

    @Inject
    org.photonledger.ui.api.JsonBody json;

    @jakarta.ws.rs.POST
    @Path("{id}/signatures")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign a version of the figure electronically (reviewer): {\"version\": N, \"meaning\": "
            + "\"reviewed\"|\"approved\", \"password\": your own password again}")
    public jakarta.ws.rs.core.Response sign(@PathParam("id") String id, String body) {
        org.photonledger.ui.signature.SignBody b = json.read(body, org.photonledger.ui.signature.SignBody.class);
        var signed = signatures.signFigure(id, b.version(), b.meaning(), b.password());
        return jakarta.ws.rs.core.Response.status(201).entity(signed).build();
    }

    @GET
    @Path("{id}/signatures")
    @Operation(summary = "The figure's signatures, each checked now (stale when the figure or anything it draws changed)")
    public List<org.photonledger.ui.signature.SignatureService.Signature> signatures(@PathParam("id") String id) {
        return signatures.signatures(id);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One figure (by id or exact name): its current version's panels with the numbers each shows")
    public FigureJson get(@PathParam("id") String id) {
        FigureSpec f = figure(id);
        String base = "/api/figures/" + f.id() + "/panels/";
        return new FigureJson(f, f.panels().stream().map(p -> new PanelJson(p, figures.data(f, p).annotations(),
                base + p.label() + ".svg", base + p.label() + ".png", base + p.label() + ".csv")).toList());
    }

    @GET
    @Path("{id}/figure.svg")
    @Produces("image/svg+xml")
    @Operation(summary = "The whole figure, every panel drawn from the stored raw data, two panels a row, as SVG")
    public String figureSvg(@PathParam("id") String id) {
        FigureSpec f = figure(id);
        return FigureChart.svg(f.panels().stream().map(p -> figures.data(f, p)).toList(), 2, 800, 500);
    }

    @GET
    @Path("{id}/figure.png")
    @Produces("image/png")
    @Operation(summary = "The whole figure as PNG")
    public byte[] figurePng(@PathParam("id") String id) {
        FigureSpec f = figure(id);
        return FigureChart.png(f.panels().stream().map(p -> figures.data(f, p)).toList(), 2, 800, 500);
    }

    @GET
    @Path("{id}/panels/{label}.svg")
    @Produces("image/svg+xml")
    @Operation(summary = "A panel drawn from the stored raw data, as SVG")
    public String svg(@PathParam("id") String id, @PathParam("label") String label,
            @QueryParam("width") Integer width, @QueryParam("height") Integer height) {
        FigureSpec f = figure(id);
        return FigureChart.svg(figures.data(f, panel(f, label)), size(width, 800), size(height, 500));
    }

    @GET
    @Path("{id}/panels/{label}.png")
    @Produces("image/png")
    @Operation(summary = "A panel drawn from the stored raw data, as PNG")
    public byte[] png(@PathParam("id") String id, @PathParam("label") String label,
            @QueryParam("width") Integer width, @QueryParam("height") Integer height) {
        FigureSpec f = figure(id);
        return FigureChart.png(figures.data(f, panel(f, label)), size(width, 800), size(height, 500));
    }

    @GET
    @Path("{id}/panels/{label}.csv")
    @Produces("text/csv")
    @Operation(summary = "A panel's data as drawn (series, role, x, y[, z] in the panel's axis units)")
    public Response csv(@PathParam("id") String id, @PathParam("label") String label) {
        FigureSpec f = figure(id);
        return Response.ok(figures.data(f, panel(f, label)).csv().getBytes(StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"" + f.id() + "-" + label + ".csv\"").build();
    }

    @GET
    @Path("{id}/reproduce")
    @Operation(summary = "Recompute every number each panel shows from the stored raw data with the recorded method "
            + "and parameters and compare with the recorded results and the panel's recorded data table")
    public FigureReport reproduce(@PathParam("id") String id) {
        return figures.reproduce(figure(id));
    }

    @GET
    @Path("{id}/verify")
    @Operation(summary = "Reproduce, and re-hash every raw-data file against its RawDataRecorded event and check the "
            + "event hash chain")
    public FigureReport verify(@PathParam("id") String id) {
        return figures.verify(figure(id));
    }

    @GET
    @Path("{id}/export")
    @Operation(summary = "Export the figure: format=prov-json (W3C PROV-JSON lineage) or ro-crate (RO-Crate 1.1 zip)")
    public Response export(@PathParam("id") String id, @QueryParam("format") String format) {
        FigureSpec f = figure(id);
        if ("prov-json".equals(format)) {
            return Response.ok(exports.exports().prov(f.id()), MediaType.APPLICATION_JSON)
                    .header("Content-Disposition", "attachment; filename=\"" + f.id() + ".prov.json\"").build();
        }
        if ("ro-crate".equals(format)) {
            return Response.ok(exports.exports().crate(f), "application/zip")
                    .header("Content-Disposition", "attachment; filename=\"" + f.id() + ".crate.zip\"").build();
        }
        throw new BadRequestException("format must be prov-json or ro-crate, got '" + format + "'");
    }

    private FigureSpec figure(String id) {
        return figures.figure(id).orElseThrow(() -> new NotFoundException("no figure with id or name '" + id + "'"));
    }

    private static Panel panel(FigureSpec f, String label) {
        return f.panel(label).orElseThrow(() -> new NotFoundException("figure " + f.id() + " has no panel '" + label
                + "' (panels: " + String.join(", ", f.panels().stream().map(Panel::label).toList()) + ")"));
    }

    private static int size(Integer given, int fallback) {
        if (given == null) {
            return fallback;
        }
        if (given < 100 || given > 4000) {
            throw new BadRequestException("width and height must be between 100 and 4000 pixels, got " + given);
        }
        return given;
    }
}
