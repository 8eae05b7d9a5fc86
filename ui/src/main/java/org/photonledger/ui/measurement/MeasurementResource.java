package org.photonledger.ui.measurement;

import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.photonledger.acquisition.measurement.LiveRun;
import org.photonledger.acquisition.measurement.ParameterSpec;
import org.photonledger.domain.measurement.MeasurementType;
import org.photonledger.domain.units.PlanePosition;
import org.photonledger.processing.measurement.MeasurementRow;
import org.photonledger.processing.store.Page;
import org.photonledger.ui.api.JsonBody;
import org.photonledger.ui.preparation.JsonValues;
import org.photonledger.ui.preparation.PositionJson;

/** Measurements over REST: the types and their parameters, start, watch, stop, list, and the raw data. */
@Path("/api/measurements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Measurements")
public class MeasurementResource {

    @Inject
    MeasurementService service;

    @Inject
    JsonBody json;

    @Inject
    RawExport export;

    @Schema(description = "Start a measurement: a type, a cavity (its configuration in force) or a film position, "
            + "and parameter values as text with units (missing ones take the paper's defaults)")
    public record StartBody(@Schema(required = true, examples = "hbt-pulsed") String type,
            @Schema(description = "A cavity id (or give filmId and position)") String cavityId,
            @Schema(description = "A film id, with position") String filmId,
            PositionJson position,
            @Schema(description = "e.g. {\"duration\": \"10 s\", \"binWidth\": \"100 ps\"}") Map<String, String> parameters) {
    }

    public record ReasonBody(@Schema(required = true) String reason) {
    }

    public record ParameterJson(String name, String label, String unit, double defaultValue, double min, double max,
            String help) {
        static ParameterJson of(ParameterSpec s) {
            return new ParameterJson(s.name(), s.label(), s.unit() == null ? "" : s.unit().symbol(), s.defaultValue(),
                    s.min(), s.max(), s.help());
        }
    }

    public record TypeJson(String type, String title, String rawData, List<ParameterJson> parameters) {
    }

    /** A run's state while it is watched live (null fields once this process no longer holds it). */
    public record LiveJson(String status, double progress, long records, Map<Integer, Double> countRates,
            String message) {
        static LiveJson of(LiveRun run) {
            return new LiveJson(run.status().title(), run.progress(), run.records(), run.countRates(), run.message());
        }
    }

    public record MeasurementJson(MeasurementRow measurement, LiveJson live) {
    }

    @GET
    @Path("types")
    @Operation(summary = "The measurement types with their parameters (units, defaults from the reference paper, ranges)")
    public List<TypeJson> types() {
        return Arrays.stream(MeasurementType.values()).map(t -> new TypeJson(t.slug(), t.title(),
                t.rawDataKind().name().toLowerCase(java.util.Locale.ROOT),
                service.parameters(t).stream().map(ParameterJson::of).toList())).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a measurement; 201 once its start (with the full instrument snapshot) is recorded. "
            + "409 while another run uses the instrument set; 422 for bad input or a refused instrument setting")
    public Response start(String body) {
        StartBody b = json.read(body, StartBody.class);
        JsonValues in = new JsonValues("");
        MeasurementType type = null;
        if (b.type() == null || b.type().isBlank()) {
            in.noteOutside("type", null, "is required: one of " + slugs());
        } else {
            type = MeasurementType.parse(b.type()).orElse(null);
            if (type == null) {
                in.noteOutside("type", b.type(), "is not a measurement type; one of " + slugs());
            }
        }
        PlanePosition position = in.position("position", b.position());
        in.throwIfAny(List.of());
        LiveRun run = service.start(type, b.cavityId(), b.filmId(), position, b.parameters());
        MeasurementRow row = service.byId(run.id().value()).orElse(null);
        return Response.created(URI.create("/api/measurements/" + run.id())).entity(new MeasurementJson(row,
                LiveJson.of(run))).build();
    }

    private static String slugs() {
        return String.join(", ", Arrays.stream(MeasurementType.values()).map(MeasurementType::slug).toList());
    }

    @GET
    @Operation(summary = "Measurement runs, newest first; target: a cavity or film id; status: running, completed, "
            + "aborted, failed, interrupted")
    public Page<MeasurementRow> list(@QueryParam("target") String target, @QueryParam("status") String status,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        return service.list(target, status, offset, limit);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One run: what, on what, by whom, how it ended, its raw data; live progress while running")
    public MeasurementJson get(@PathParam("id") String id) {
        MeasurementRow row = service.byId(id).orElseThrow(() -> new NotFoundException("no measurement with id '" + id
                + "'"));
        return new MeasurementJson(row, service.live(id).map(LiveJson::of).orElse(null));
    }

    @POST
    @Path("{id}/abort")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stop a running measurement, saying why; the data taken so far is kept")
    public Response abort(@PathParam("id") String id, String body) {
        ReasonBody b = json.read(body, ReasonBody.class);
        service.byId(id).orElseThrow(() -> new NotFoundException("no measurement with id '" + id + "'"));
        service.abort(id, b.reason());
        return Response.accepted().build();
    }

    @GET
    @Path("{id}/raw")
    @Produces({"application/octet-stream", "text/csv"})
    @Operation(summary = "The raw data as stored: compressed time tags (.pltags) or a CSV table; its name is its sha256")
    public Response raw(@PathParam("id") String id) {
        MeasurementRow row = recorded(id);
        java.nio.file.Path file = service.rawFile(row).orElseThrow(() -> new NotFoundException("the raw data "
                + row.rawSha256() + " of measurement " + id + " is missing from the raw-data store"));
        boolean csv = "csv".equals(row.rawFormat());
        StreamingOutput out = o -> Files.copy(file, o);
        return Response.ok(out, csv ? "text/csv" : "application/octet-stream")
                .header("Content-Disposition", "attachment; filename=\"" + id + (csv ? ".csv" : ".pltags") + "\"")
                .header("Digest", "sha-256=" + row.rawSha256()).build();
    }

    @GET
    @Path("{id}/raw.ptu")
    @Produces("application/octet-stream")
    @Operation(summary = "The time tags as a PicoQuant PTU file (MultiHarp T2/T3 records) for other software")
    public Response ptu(@PathParam("id") String id) {
        MeasurementRow row = recorded(id);
        if ("csv".equals(row.rawFormat())) {
            throw new jakarta.ws.rs.BadRequestException("measurement " + id + " produced a table, not time tags; "
                    + "download /raw for its CSV");
        }
        java.nio.file.Path file = export.ptu(row);
        StreamingOutput out = o -> {
            try {
                Files.copy(file, o);
            } finally {
                Files.deleteIfExists(file);
            }
        };
        return Response.ok(out, "application/octet-stream")
                .header("Content-Disposition", "attachment; filename=\"" + id + ".ptu\"").build();
    }

    private MeasurementRow recorded(String id) {
        MeasurementRow row = service.byId(id).orElseThrow(() -> new NotFoundException("no measurement with id '" + id
                + "'"));
        if (row.rawSha256() == null) {
            throw new NotFoundException("measurement " + id + " has no raw data recorded (yet)");
        }
        return row;
    }
}
