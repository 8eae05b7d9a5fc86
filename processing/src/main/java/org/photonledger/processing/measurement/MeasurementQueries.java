package org.photonledger.processing.measurement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.photonledger.processing.store.LedgerDatabase;
import org.photonledger.processing.store.Page;
import org.photonledger.processing.store.ReadModelException;

/** Reads measurement runs: newest first, paged, optionally of one target (cavity or film) or status. */
@ApplicationScoped
public class MeasurementQueries {

    public static final int MAX_PAGE = 500;
    private static final String COLUMNS = """
            id, type, status, target_kind, target_id, cavity_configuration, film_id, position_x_um, position_y_um,
            duration_s, parameters_json, instrument_set, started_at, started_by, ended_at, end_message, raw_sha256,
            raw_format, raw_bytes, raw_records, raw_duration_ps, raw_complete, channel_counts_json, summary_json""";

    private final DataSource db;

    @Inject
    public MeasurementQueries(@LedgerDatabase DataSource db) {
        this.db = db;
    }

    public Optional<MeasurementRow> byId(String id) {
        List<MeasurementRow> rows = query("SELECT " + COLUMNS + " FROM measurement_view WHERE id = ?", List.of(id));
        return rows.stream().findFirst();
    }

    /** Runs still marked running (at start-up: the ones the last process did not finish). */
    public List<MeasurementRow> running() {
        return query("SELECT " + COLUMNS + " FROM measurement_view WHERE status = 'running' ORDER BY started_at",
                List.of());
    }

    /** A page of runs, newest first; {@code target} (a cavity or film id) and {@code status} filter when given. */
    public Page<MeasurementRow> list(String target, String status, int offset, int limit) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be ≥ 0, got " + offset);
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("limit must be in [1, " + MAX_PAGE + "], got " + limit);
        }
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (target != null && !target.isBlank()) {
            where.append(" AND (target_id = ? OR film_id = ?)");
            args.add(target.strip());
            args.add(target.strip());
        }
        if (status != null && !status.isBlank()) {
            where.append(" AND status = ?");
            args.add(status.strip());
        }
        long total = count("SELECT COUNT(*) FROM measurement_view" + where, args);
        List<Object> paged = new ArrayList<>(args);
        paged.add(limit);
        paged.add(offset);
        List<MeasurementRow> rows = query("SELECT " + COLUMNS + " FROM measurement_view" + where
                + " ORDER BY started_at DESC, id LIMIT ? OFFSET ?", paged);
        return new Page<>(rows, offset, limit, total);
    }

    private long count(String sql, List<Object> args) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException ex) {
            throw new ReadModelException("counting measurements", ex);
        }
    }

    private List<MeasurementRow> query(String sql, List<Object> args) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            List<MeasurementRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
            return rows;
        } catch (SQLException ex) {
            throw new ReadModelException("reading measurements", ex);
        }
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }

    private static MeasurementRow row(ResultSet rs) throws SQLException {
        Timestamp ended = rs.getTimestamp("ended_at");
        return new MeasurementRow(rs.getString("id"), rs.getString("type"), rs.getString("status"),
                rs.getString("target_kind"), rs.getString("target_id"), rs.getString("cavity_configuration"),
                rs.getString("film_id"), (Double) rs.getObject("position_x_um", Double.class),
                (Double) rs.getObject("position_y_um", Double.class), rs.getDouble("duration_s"),
                rs.getString("parameters_json"), rs.getString("instrument_set"),
                rs.getTimestamp("started_at").toInstant(), rs.getString("started_by"),
                ended == null ? null : ended.toInstant(), rs.getString("end_message"), rs.getString("raw_sha256"),
                rs.getString("raw_format"), rs.getObject("raw_bytes", Long.class), rs.getObject("raw_records", Long.class),
                rs.getObject("raw_duration_ps", Long.class), rs.getObject("raw_complete", Boolean.class),
                rs.getString("channel_counts_json"), rs.getString("summary_json"));
    }
}
