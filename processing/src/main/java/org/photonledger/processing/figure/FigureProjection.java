package org.photonledger.processing.figure;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.photonledger.domain.audit.MetadataKeys;
import org.photonledger.domain.figure.FigureDefined;
import org.photonledger.domain.figure.FigurePublished;
import org.photonledger.domain.figure.FigureRevised;
import org.photonledger.domain.figure.Panel;
import org.photonledger.processing.store.LedgerDatabase;
import org.photonledger.processing.store.ReadModelException;

/** Keeps {@code figure_view} in step with figure events: the current version, its panels and what was published. */
@ApplicationScoped
@ProcessingGroup(FigureProjection.GROUP)
public class FigureProjection {

    public static final String GROUP = "figures";

    /** Fields only, like the event store, so a panel reads back exactly as it was recorded. */
    static final ObjectMapper JSON = new ObjectMapper()
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY);

    private final DataSource db;

    @Inject
    public FigureProjection(@LedgerDatabase DataSource db) {
        this.db = db;
    }

    @EventHandler
    void on(FigureDefined e, @org.axonframework.eventhandling.Timestamp Instant at,
            @MetaDataValue(MetadataKeys.ACTOR) String actor, TrackingToken token) {
        update(e.figureId().value(), """
                INSERT INTO figure_view (id, name, caption, version, panels_json, created_at, created_by, updated_at,
                    updated_by, global_index) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
            String who = actor == null ? MetadataKeys.SYSTEM : actor;
            ps.setString(1, e.figureId().value());
            ps.setString(2, e.name());
            ps.setString(3, e.caption());
            ps.setInt(4, e.version());
            ps.setString(5, json(e.panels()));
            ps.setTimestamp(6, Timestamp.from(at));
            ps.setString(7, who);
            ps.setTimestamp(8, Timestamp.from(at));
            ps.setString(9, who);
            ps.setLong(10, token == null ? -1 : token.position().orElse(-1));
        });
    }

    @EventHandler
    void on(FigureRevised e, @org.axonframework.eventhandling.Timestamp Instant at,
            @MetaDataValue(MetadataKeys.ACTOR) String actor) {
        update(e.figureId().value(), """
                UPDATE figure_view SET name = ?, caption = ?, version = ?, panels_json = ?, updated_at = ?,
                    updated_by = ? WHERE id = ?""", ps -> {
            ps.setString(1, e.name());
            ps.setString(2, e.caption());
            ps.setInt(3, e.version());
            ps.setString(4, json(e.panels()));
            ps.setTimestamp(5, Timestamp.from(at));
            ps.setString(6, actor == null ? MetadataKeys.SYSTEM : actor);
            ps.setString(7, e.figureId().value());
        });
    }

    @EventHandler
    void on(FigurePublished e, @org.axonframework.eventhandling.Timestamp Instant at,
            @MetaDataValue(MetadataKeys.ACTOR) String actor) {
        update(e.figureId().value(), """
                UPDATE figure_view SET published_version = ?, published_reason = ?, updated_at = ?, updated_by = ?
                WHERE id = ?""", ps -> {
            ps.setInt(1, e.version());
            ps.setString(2, e.reason());
            ps.setTimestamp(3, Timestamp.from(at));
            ps.setString(4, actor == null ? MetadataKeys.SYSTEM : actor);
            ps.setString(5, e.figureId().value());
        });
    }

    @ResetHandler
    void reset() {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("DELETE FROM figure_view")) {
            ps.executeUpdate();
        } catch (SQLException ex) {
            throw new ReadModelException("clearing figure_view for replay", ex);
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private void update(String id, String sql, Binder binder) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            ps.executeUpdate();
        } catch (SQLException ex) {
            throw new ReadModelException("recording figure " + id, ex);
        }
    }

    static String json(List<Panel> panels) {
        try {
            return JSON.writeValueAsString(panels);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the panels as JSON", e);
        }
    }
}
