package org.photonledger.ui.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.photonledger.processing.sample.HistoryRow;

/** The audit trail of any lab object over REST, filtered by actor and date range. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

    @Inject
    AuditTrail trail;

    /** The events of one object that pass the filter, oldest first. */
    public record AuditJson(String id, String actor, String from, String to, List<String> actors,
            List<HistoryRow> events) {
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Every event of a sample, film, cavity, measurement, result or figure in time order with actor, "
            + "time, reason and payload; actor= one actor only; from=/to= a date (2026-12-07) or instant, inclusive")
    public AuditJson get(@PathParam("id") String id, @QueryParam("actor") String actor, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        if (!trail.exists(id)) {
            throw new NotFoundException("no lab object, measurement, result or figure with id '" + id + "'");
        }
        AuditTrail.Filter filter = AuditTrail.Filter.parse(actor, from, to);
        return new AuditJson(id, filter.actor(), from, to, trail.actors(id), trail.events(id, filter));
    }
}
