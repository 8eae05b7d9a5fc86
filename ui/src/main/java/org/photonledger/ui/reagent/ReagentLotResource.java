package org.photonledger.ui.reagent;

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
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.photonledger.domain.reagent.ReagentLot;
import org.photonledger.domain.reagent.ReagentLotId;
import org.photonledger.domain.reagent.RegisterReagentLot;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.domain.validation.FieldError;
import org.photonledger.domain.validation.FieldErrors;
import org.photonledger.domain.validation.InvalidInputException;
import org.photonledger.processing.store.Page;
import org.photonledger.ui.api.JsonBody;
import org.photonledger.ui.api.SortParameter;

/** REST access to the reagent stock: register lots, list and read them. */
@Path("/api/reagent-lots")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reagent lots")
public class ReagentLotResource {

    @Inject
    ReagentLotFacade facade;

    @Inject
    JsonBody json;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a reagent lot", description = "400 with a problem-details body naming every bad field; nothing is stored then.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReagentLotRequest.class)))
    public Response register(String body) {
        ReagentLotRequest request = json.read(body, ReagentLotRequest.class);
        FieldErrors errors = new FieldErrors();
        Quantity amount = amount(request, errors);
        LocalDate received = date(request.receivedOn(), errors);
        Quantity purity = purity(request.purityPercent(), errors);
        ReagentLotId id = ReagentLotId.newId();
        RegisterReagentLot command = new RegisterReagentLot(id, request.chemicalName(), request.casNumber(),
                request.supplier(), request.catalogueNumber(), request.lotNumber(), purity,
                request.grade(), amount, received, request.storageLocation());
        if (!errors.list().isEmpty()) {
            // Report shape errors (unknown unit, bad date syntax) together with the domain's own checks, once per field.
            List<FieldError> all = new ArrayList<>(errors.list());
            inApiNames(ReagentLot.problemsWith(command)).stream().filter(e -> !errors.has(e.field())).forEach(all::add);
            throw new InvalidInputException(all);
        }
        Optional<org.photonledger.processing.reagent.ReagentLotRow> row;
        try {
            row = facade.register(command);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(inApiNames(e.errors()));
        }
        URI location = URI.create("/api/reagent-lots/" + id.value());
        return row.map(r -> Response.created(location).entity(ReagentLotResponse.of(r)).build())
                .orElseGet(() -> Response.accepted().location(location).build());
    }

    @GET
    @Operation(summary = "List reagent lots, paged, sorted and filtered",
            description = "sort: a field name, '-' prefix for descending, comma-separated; filter: text in name, CAS, supplier, lot number or location")
    public PageResponse list(@QueryParam("filter") String filter, @QueryParam("sort") String sort,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        Page<org.photonledger.processing.reagent.ReagentLotRow> page = facade.page(filter, SortParameter.parse(sort), offset, limit);
        return new PageResponse(page.rows().stream().map(ReagentLotResponse::of).toList(), page.offset(), page.limit(), page.total());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one reagent lot")
    public ReagentLotResponse get(@PathParam("id") String id) {
        return facade.byId(id).map(ReagentLotResponse::of)
                .orElseThrow(() -> new NotFoundException("no reagent lot with id '" + id + "'"));
    }

    /** A page of lots with the total number that match. */
    public record PageResponse(List<ReagentLotResponse> items, int offset, int limit, long total) {
    }

    private static Quantity amount(ReagentLotRequest r, FieldErrors errors) {
        if (r.amount() == null) {
            errors.add("amount", null, "is required (a number > 0 with amountUnit)");
            return null;
        }
        if (r.amountUnit() == null || r.amountUnit().isBlank()) {
            errors.add("amountUnit", null, "is required: one of " + Unit.symbolsOf(
                    org.photonledger.domain.units.Dimension.MASS, org.photonledger.domain.units.Dimension.VOLUME));
            errors.add("amount", r.amount(), "needs a unit");
            return null;
        }
        var unit = Unit.parse(r.amountUnit());
        if (unit.isEmpty()) {
            errors.add("amountUnit", r.amountUnit(), "unknown unit; allowed: " + Unit.symbolsOf(
                    org.photonledger.domain.units.Dimension.MASS, org.photonledger.domain.units.Dimension.VOLUME));
            errors.add("amount", r.amount(), "needs a known unit");
            return null;
        }
        if (!Double.isFinite(r.amount())) {
            errors.add("amount", r.amount(), "must be a finite number");
            return null;
        }
        return Quantity.of(r.amount(), unit.get());
    }

    /** The API takes purity in percent, as its name says; the domain keeps it as a quantity with that unit. */
    private static Quantity purity(Double percent, FieldErrors errors) {
        if (percent == null) {
            return null;
        }
        if (!Double.isFinite(percent)) {
            errors.add("purityPercent", percent, "must be a finite number of percent");
            return null;
        }
        return Quantity.of(percent, Unit.PERCENT);
    }

    /** The domain's field names as this API spells them (its purity field carries the unit in its name). */
    private static List<FieldError> inApiNames(List<FieldError> errors) {
        return errors.stream().map(e -> e.field().equals("purity") ? new FieldError("purityPercent", e.value(), e.message())
                : e).toList();
    }

    private static LocalDate date(String text, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            errors.add("receivedOn", null, "is required (ISO date, e.g. 2024-01-15)");
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add("receivedOn", text, "must be an ISO date such as 2024-01-15");
            return null;
        }
    }
}
