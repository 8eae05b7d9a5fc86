package org.photonledger.processing.figure;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.photonledger.domain.figure.Panel;
import org.photonledger.processing.store.LedgerDatabase;
import org.photonledger.processing.store.ReadModelException;

/** Reads figure definitions: all of them by name, one by id, or one by its exact name. */
@ApplicationScoped
public class FigureQueries {

    private static final String COLUMNS = """
            id, name, caption, version, published_version, published_reason, panels_json, created_at, created_by,
            updated_at, updated_by""";
    private static final TypeReference<List<Panel>> PANELS = new TypeReference<>() {
    };

    private final DataSource db;

    @Inject
    public FigureQueries(@LedgerDatabase DataSource db) {
        this.db = db;
    }

    public List<FigureRow> all() {
        return query("SELECT " + COLUMNS + " FROM figure_view ORDER BY name, id", null);
    }

    public Optional<FigureRow> byId(String id) {
        return query("SELECT " + COLUMNS + " FROM figure_view WHERE id = ?", id).stream().findFirst();
    }

    /** A figure by id or, failing that, by its exact name (case-insensitive). */
    public Optional<FigureRow> byIdOrName(String idOrName) {
        Optional<FigureRow> byId = byId(idOrName);
        if (byId.isPresent()) {
            return byId;
        }
        return query("SELECT " + COLUMNS + " FROM figure_view WHERE LOWER(name) = LOWER(?) ORDER BY id", idOrName)
                .stream().findFirst();
    }

    private List<FigureRow> query(String sql, String parameter) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (parameter != null) {
                ps.setString(1, parameter);
            }
            List<FigureRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int published = rs.getInt(5);
                    Integer publishedVersion = rs.wasNull() ? null : published;
                    rows.add(new FigureRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            publishedVersion, rs.getString(6), panels(rs.getString(7)),
                            rs.getTimestamp(8).toInstant(), rs.getString(9), rs.getTimestamp(10).toInstant(),
                            rs.getString(11)));
                }
            }
            return rows;
        } catch (SQLException ex) {
            throw new ReadModelException("reading figures", ex);
        }
    }

    private static List<Panel> panels(String json) {
        try {
            return FigureProjection.JSON.readValue(json, PANELS);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable panels in figure_view: " + e.getMessage(), e);
        }
    }
}
