package org.photonledger.ui.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.photonledger.processing.audit.ChainVerification;
import org.photonledger.processing.audit.EventChainVerifier;
import org.photonledger.processing.store.LedgerDatabase;
import org.photonledger.ui.axon.AxonRuntime;

/** Integrity of the record: the tamper-evidence chain recomputed, and how far each projection has caught up. */
@jakarta.enterprise.context.ApplicationScoped
@Path("/api/admin/integrity")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class IntegrityResource {

    @Inject
    AxonRuntime axon;

    @Inject
    @LedgerDatabase
    DataSource db;

    /** The report of one integrity check. */
    public record Report(long events, long headIndex, boolean chainIntact, String chain, Long firstBrokenGlobalIndex,
            String firstBrokenEvent, Map<String, Long> processedUpTo, Map<String, Long> aggregatesByType) {
    }

    @GET
    @Operation(summary = "Recompute the event hash chain and report projection progress",
            description = "chainIntact is false with the first broken link when any stored event was changed, deleted, inserted or reordered")
    public Report check() {
        ChainVerification v = new EventChainVerifier(db).verify();
        Map<String, Long> progress = new LinkedHashMap<>();
        for (String group : axon.processingGroups()) {
            progress.put(group, axon.processedUpTo(group));
        }
        return new Report(v.eventsChecked(), axon.headIndex(), v.intact(), v.describe(),
                v.firstBreak() == null ? null : v.firstBreak().globalIndex(),
                v.firstBreak() == null ? null : v.firstBreak().eventIdentifier(), progress, aggregatesByType());
    }

    @POST
    @Path("replay/{group}")
    @Operation(summary = "Rebuild one read model from the whole event history")
    public Map<String, String> replay(@PathParam("group") String group) {
        axon.replay(group);
        return Map.of("replaying", group);
    }

    private Map<String, Long> aggregatesByType() {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT type, COUNT(DISTINCT aggregate_identifier) FROM domain_event_entry WHERE type IS NOT NULL GROUP BY type");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count aggregates: " + e.getMessage(), e);
        }
        return counts;
    }
}
