package org.photonledger.processing.sample;

import java.util.List;

/**
 * The lineage graph around one lab object: everything it was made from (up to the reagent lots) and everything
 * made from it, as nodes and parent→child edges; {@code truncated} says the walk stopped at its size limit.
 */
public record Genealogy(String root, List<Node> nodes, List<Edge> edges, boolean truncated) {

    /** A lab object in the graph. */
    public record Node(String id, String kind, String subtype, String label, String status) {
    }

    /** "{@code from} went into {@code to}", recorded by event {@code eventId}. */
    public record Edge(String from, String to, String relation, String eventId) {
    }
}
