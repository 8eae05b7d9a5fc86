package org.photonledger.processing.sample;

import java.time.Instant;
import java.util.List;

/**
 * The lineage graph around one lab object: everything it was made from (up to the reagent lots) and everything
 * made from it, as nodes and parent→child edges; {@code truncated} says the walk stopped at its size limit.
 */
public record Genealogy(String root, List<Node> nodes, List<Edge> edges, boolean truncated) {

    /** A lab object in the graph, with who recorded it first and when. */
    public record Node(String id, String kind, String subtype, String label, String status, Instant createdAt,
            String createdBy) {
    }

    /** "{@code from} went into {@code to}", recorded by event {@code eventId}, by {@code actor} at {@code at}. */
    public record Edge(String from, String to, String relation, String eventId, String actor, Instant at) {
    }
}
