package org.photonledger.ui.sample;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.photonledger.domain.validation.InvalidInputException;
import org.photonledger.processing.sample.Genealogy;
import org.photonledger.processing.sample.HistoryRow;
import org.photonledger.processing.sample.SampleRow;
import org.photonledger.processing.sample.SampleSearch;
import org.photonledger.processing.sample.StepRow;
import org.photonledger.processing.store.Page;
import org.photonledger.ui.api.SortParameter;

/** Read access to every lab object: search, one object with its steps and relations, its history, its genealogy. */
@Path("/api/samples")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Samples")
public class SampleResource {

    @Inject
    SampleFacade facade;

    /** One lab object with its steps (current values, correction status) and its direct relations. */
    /** {@code version}: the sequence number of the object's latest event; send it back as a correction's expectedVersion. */
    public record SampleDetail(SampleRow sample, List<StepRow> steps, List<Genealogy.Edge> relations, long version) {
    }

    @GET
    @Operation(summary = "Search lab objects (reagent lots, batches, QD samples, mirrors, films, cavities)",
            description = "text: in id, label or subtype; kind: ReagentLot|SynthesisBatch|QdSample|Mirror|Film|Cavity; "
                    + "createdBy: user; from/to: ISO dates of creation (inclusive); sort: field, '-' for descending")
    public Page<SampleRow> search(@QueryParam("text") String text, @QueryParam("kind") String kind,
            @QueryParam("createdBy") String createdBy, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("sort") String sort, @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return facade.search(new SampleSearch(text, kind, createdBy, date("from", from), date("to", to)),
                SortParameter.parse(sort), offset, limit);
    }

    @jakarta.inject.Inject
    org.photonledger.ui.preparation.PreparationFacade preparation;

    @GET
    @Path("{id}")
    @Operation(summary = "One lab object with its steps and direct parents/children, and its version")
    public SampleDetail get(@PathParam("id") String id) {
        SampleRow row = facade.byId(id).orElseThrow(() -> new NotFoundException("no lab object with id '" + id + "'"));
        return new SampleDetail(row, facade.steps(id), facade.edges(id), preparation.version(id));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every event of the object in order, with actor, time, reason and payload")
    public List<HistoryRow> history(@PathParam("id") String id) {
        facade.byId(id).orElseThrow(() -> new NotFoundException("no lab object with id '" + id + "'"));
        return facade.history(id);
    }

    @GET
    @Path("{id}/genealogy")
    @Operation(summary = "The lineage graph: everything the object was made from, back to the reagent lots, and everything made from it",
            description = "nodes and parent→child edges with the id of the event that recorded each edge")
    public Genealogy genealogy(@PathParam("id") String id) {
        return facade.genealogy(id).orElseThrow(() -> new NotFoundException("no lab object with id '" + id + "'"));
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, text, "must be an ISO date such as 2024-01-15");
        }
    }
}
