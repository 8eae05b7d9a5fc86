package org.photonledger.processing.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.photonledger.processing.store.LedgerDatabase;
import org.photonledger.processing.store.Page;
import org.photonledger.processing.store.ReadModelException;
import org.photonledger.processing.store.SortOrder;

/** Reads of the sample history: search, one object, its steps, its event history and its genealogy graph. */
@ApplicationScoped
public class SampleQueries {

    /** Sortable columns by API name; nothing else reaches the SQL. */
    public static final Map<String, String> SORTABLE = Map.of(
            "createdAt", "created_at", "updatedAt", "updated_at", "label", "label", "kind", "kind",
            "createdBy", "created_by", "status", "status", "id", "id");
    public static final int MAX_PAGE = 500;
    /** The genealogy walk stops after this many nodes so a heavily used reagent lot cannot flood a page. */
    public static final int MAX_GRAPH_NODES = 400;

    private static final String COLUMNS = "id, kind, subtype, label, status, status_reason, created_at, created_by, "
            + "updated_at, updated_by, event_count";

    private final DataSource db;

    @Inject
    public SampleQueries(@LedgerDatabase DataSource db) {
        this.db = db;
    }

    public Optional<SampleRow> byId(String id) {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM sample_view WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        } catch (SQLException ex) {
            throw new ReadModelException("reading " + id, ex);
        }
    }

    /** A page of lab objects matching the search, newest first unless another order is asked for. */
    public Page<SampleRow> search(SampleSearch search, List<SortOrder> sort, int offset, int limit) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be ≥ 0, got " + offset);
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("limit must be in [1, " + MAX_PAGE + "], got " + limit);
        }
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (search.text() != null && !search.text().isBlank()) {
            String p = "%" + search.text().strip().toLowerCase(Locale.ROOT) + "%";
            where.append(" AND (LOWER(id) LIKE ? OR LOWER(label) LIKE ? OR LOWER(COALESCE(subtype, '')) LIKE ?)");
            args.add(p);
            args.add(p);
            args.add(p);
        }
        if (search.kind() != null && !search.kind().isBlank()) {
            where.append(" AND kind = ?");
            args.add(search.kind().strip());
        }
        if (search.createdBy() != null && !search.createdBy().isBlank()) {
            where.append(" AND created_by = ?");
            args.add(search.createdBy().strip());
        }
        if (search.from() != null) {
            where.append(" AND created_at >= ?");
            args.add(java.sql.Timestamp.valueOf(search.from().atStartOfDay()));
        }
        if (search.to() != null) {
            where.append(" AND created_at < ?");
            args.add(java.sql.Timestamp.valueOf(search.to().plusDays(1).atStartOfDay()));
        }
        String order = orderBy(sort);
        try (Connection c = db.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM sample_view" + where)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<SampleRow> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM sample_view" + where + " ORDER BY " + order + " LIMIT ? OFFSET ?")) {
                bind(ps, args);
                ps.setInt(args.size() + 1, limit);
                ps.setInt(args.size() + 2, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row(rs));
                    }
                }
            }
            return new Page<>(rows, offset, limit, total);
        } catch (SQLException ex) {
            throw new ReadModelException("searching lab objects", ex);
        }
    }

    /** The object's steps in the order they were recorded, with current values and correction status. */
    public List<StepRow> steps(String aggregateId) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT aggregate_id, step_id, kind, values_json, original_json, status, corrections, last_reason,
                       recorded_at, recorded_by, global_index
                FROM sample_step_view WHERE aggregate_id = ? ORDER BY global_index""")) {
            ps.setString(1, aggregateId);
            List<StepRow> steps = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    steps.add(new StepRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getInt(7), rs.getString(8), rs.getTimestamp(9).toInstant(), rs.getString(10),
                            rs.getLong(11)));
                }
            }
            return steps;
        } catch (SQLException ex) {
            throw new ReadModelException("reading the steps of " + aggregateId, ex);
        }
    }

    /** Every event of the object in order, with actor, time and reason (bounded to the newest {@code limit}). */
    /**
     * Every event of one lab object except those of the given types, oldest first and without a page limit (what
     * a signature covers: a record's own events are few; the bookkeeping ones left out, such as a lot's
     * consumptions by other batches, can be many).
     */
    public List<HistoryRow> recordEvents(String aggregateId, java.util.Collection<String> exceptTypes) {
        String placeholders = exceptTypes.isEmpty() ? "''" : String.join(", ", java.util.Collections.nCopies(
                exceptTypes.size(), "?"));
        String sql = "SELECT global_index, event_id, aggregate_id, sequence_number, event_type, step_id, summary, "
                + "payload_json, actor, reason, occurred_at FROM sample_event_view WHERE aggregate_id = ? AND "
                + "event_type NOT IN (" + placeholders + ") ORDER BY global_index";
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, aggregateId);
            int i = 2;
            for (String type : exceptTypes) {
                ps.setString(i++, type);
            }
            List<HistoryRow> rows = historyRows(ps);
            return rows;
        } catch (SQLException ex) {
            throw new ReadModelException("reading the record events of " + aggregateId, ex);
        }
    }

    /** The rows of a query selecting the sample_event_view columns in HistoryRow's order. */
    private static List<HistoryRow> historyRows(PreparedStatement ps) throws SQLException {
        List<HistoryRow> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new HistoryRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                        rs.getTimestamp(11).toInstant()));
            }
        }
        return rows;
    }

    public List<HistoryRow> history(String aggregateId, int limit) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT global_index, event_id, aggregate_id, sequence_number, event_type, step_id, summary, payload_json,
                       actor, reason, occurred_at
                FROM sample_event_view WHERE aggregate_id = ? ORDER BY global_index DESC LIMIT ?""")) {
            ps.setString(1, aggregateId);
            ps.setInt(2, Math.max(1, Math.min(limit, 5000)));
            List<HistoryRow> rows = historyRows(ps);
            java.util.Collections.reverse(rows);
            return rows;
        } catch (SQLException ex) {
            throw new ReadModelException("reading the history of " + aggregateId, ex);
        }
    }

    /** Direct parents and children of one object, each with how it is related. */
    public List<Genealogy.Edge> edgesOf(String id) {
        try (Connection c = db.getConnection()) {
            List<Genealogy.Edge> edges = new ArrayList<>(edges(c, "child_id", id));
            edges.addAll(edges(c, "parent_id", id));
            return edges;
        } catch (SQLException ex) {
            throw new ReadModelException("reading the lineage of " + id, ex);
        }
    }

    /**
     * Everything {@code id} was made from (transitively, up to the reagent lots) and everything made from it,
     * breadth-first, at most {@link #MAX_GRAPH_NODES} nodes.
     */
    public Optional<Genealogy> genealogy(String id) {
        try (Connection c = db.getConnection()) {
            if (node(c, id) == null) {
                return Optional.empty();
            }
            Set<String> ids = new LinkedHashSet<>();
            Map<String, Genealogy.Edge> edges = new LinkedHashMap<>();
            ids.add(id);
            boolean truncated = walk(c, id, "child_id", "parent_id", ids, edges)
                    | walk(c, id, "parent_id", "child_id", ids, edges);
            List<Genealogy.Node> nodes = new ArrayList<>();
            for (String n : ids) {
                Genealogy.Node node = node(c, n);
                nodes.add(node != null ? node : new Genealogy.Node(n, "Unknown", null, n, "unknown", null, null));
            }
            return Optional.of(new Genealogy(id, nodes, List.copyOf(edges.values()), truncated));
        } catch (SQLException ex) {
            throw new ReadModelException("reading the genealogy of " + id, ex);
        }
    }

    /**
     * Everything made from {@code id}, transitively, of one kind ("Result": every result that used reagent lot X or
     * came from batch Y), newest first, a page at a time. One recursive query over the lineage edges.
     */
    public Page<SampleRow> descendants(String id, String kind, int offset, int limit) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be ≥ 0, got " + offset);
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("limit must be in [1, " + MAX_PAGE + "], got " + limit);
        }
        String made = "WITH RECURSIVE made(id) AS (SELECT CAST(? AS VARCHAR(64)) UNION SELECT e.child_id FROM "
                + "lineage_edge e JOIN made m ON e.parent_id = m.id) ";
        String where = " FROM sample_view v JOIN made m ON v.id = m.id WHERE v.kind = ? AND v.id <> ?";
        try (Connection c = db.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement(made + "SELECT COUNT(*)" + where)) {
                ps.setString(1, id);
                ps.setString(2, kind);
                ps.setString(3, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<SampleRow> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(made + "SELECT " + COLUMNS.replaceAll("(\\w+)", "v.$1")
                    + where + " ORDER BY v.created_at DESC, v.id ASC LIMIT ? OFFSET ?")) {
                ps.setString(1, id);
                ps.setString(2, kind);
                ps.setString(3, id);
                ps.setInt(4, limit);
                ps.setInt(5, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row(rs));
                    }
                }
            }
            return new Page<>(rows, offset, limit, total);
        } catch (SQLException ex) {
            throw new ReadModelException("reading what was made from " + id, ex);
        }
    }

    private static boolean walk(Connection c, String start, String matchColumn, String nextColumn, Set<String> ids,
            Map<String, Genealogy.Edge> edges) throws SQLException {
        Deque<String> queue = new ArrayDeque<>();
        queue.add(start);
        Set<String> seen = new LinkedHashSet<>();
        seen.add(start);
        while (!queue.isEmpty()) {
            String current = queue.poll();
            for (Genealogy.Edge e : edges(c, matchColumn, current)) {
                edges.putIfAbsent(e.from() + "→" + e.to() + ":" + e.relation(), e);
                String next = "parent_id".equals(nextColumn) ? e.from() : e.to();
                if (seen.add(next)) {
                    if (ids.size() >= MAX_GRAPH_NODES) {
                        return true;
                    }
                    ids.add(next);
                    queue.add(next);
                }
            }
        }
        return false;
    }

    private static List<Genealogy.Edge> edges(Connection c, String column, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT e.parent_id, e.child_id, e.relation, e.event_id, h.actor, "
                + "h.occurred_at FROM lineage_edge e LEFT JOIN sample_event_view h ON h.event_id = e.event_id WHERE e."
                + column + " = ? ORDER BY e.global_index LIMIT " + (MAX_GRAPH_NODES + 1))) {
            ps.setString(1, id);
            List<Genealogy.Edge> edges = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    java.sql.Timestamp at = rs.getTimestamp(6);
                    edges.add(new Genealogy.Edge(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), at == null ? null : at.toInstant()));
                }
            }
            return edges;
        }
    }

    private static Genealogy.Node node(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, kind, subtype, label, status, created_at, created_by FROM sample_view WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Genealogy.Node(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7)) : null;
            }
        }
    }

    private static String orderBy(List<SortOrder> sort) {
        List<SortOrder> requested = sort == null ? List.of() : sort;
        for (SortOrder s : requested) {
            if (!SORTABLE.containsKey(s.column())) {
                throw new IllegalArgumentException("cannot sort by '" + s.column() + "'; sortable: "
                        + SORTABLE.keySet().stream().sorted().collect(Collectors.joining(", ")));
            }
        }
        String explicit = requested.stream().map(s -> SORTABLE.get(s.column()) + (s.ascending() ? " ASC" : " DESC"))
                .collect(Collectors.joining(", "));
        return (explicit.isEmpty() ? "created_at DESC" : explicit) + ", id ASC";
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }

    private static SampleRow row(ResultSet rs) throws SQLException {
        return new SampleRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getTimestamp(9).toInstant(),
                rs.getString(10), rs.getInt(11));
    }
}
