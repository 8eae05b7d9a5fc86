package org.photonledger.processing.measurement;

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
import java.sql.Types;
import java.time.Instant;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.photonledger.domain.audit.MetadataKeys;
import org.photonledger.domain.measurement.MeasurementAborted;
import org.photonledger.domain.measurement.MeasurementCompleted;
import org.photonledger.domain.measurement.MeasurementFailed;
import org.photonledger.domain.measurement.MeasurementInterrupted;
import org.photonledger.domain.measurement.MeasurementStarted;
import org.photonledger.domain.measurement.RawDataRecorded;
import org.photonledger.domain.units.Unit;
import org.photonledger.processing.store.LedgerDatabase;
import org.photonledger.processing.store.ReadModelException;

/** Keeps {@code measurement_view} in step with measurement events. */
@ApplicationScoped
@ProcessingGroup(MeasurementProjection.GROUP)
public class MeasurementProjection {

    public static final String GROUP = "measurements";

    static final ObjectMapper JSON = new ObjectMapper()
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);

    private final DataSource db;

    @Inject
    public MeasurementProjection(@LedgerDatabase DataSource db) {
        this.db = db;
    }

    @EventHandler
    void on(MeasurementStarted e, @org.axonframework.eventhandling.Timestamp Instant at,
            @MetaDataValue(MetadataKeys.ACTOR) String actor, TrackingToken token) {
        String sql = """
                INSERT INTO measurement_view (id, type, status, target_kind, target_id, cavity_configuration, film_id,
                    position_x_um, position_y_um, duration_s, parameters_json, instrument_set, started_at, started_by,
                    global_index)
                VALUES (?, ?, 'running', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
        update(e.measurementId().value(), sql, ps -> {
            ps.setString(1, e.measurementId().value());
            ps.setString(2, e.type().slug());
            ps.setString(3, e.target().isCavity() ? "cavity" : "film");
            ps.setString(4, e.target().objectId());
            ps.setString(5, e.target().cavityConfiguration() == null ? null : e.target().cavityConfiguration().value());
            ps.setString(6, e.target().filmId().value());
            if (e.target().position() == null) {
                ps.setNull(7, Types.DOUBLE);
                ps.setNull(8, Types.DOUBLE);
            } else {
                ps.setDouble(7, e.target().position().x().in(Unit.MICROMETRE));
                ps.setDouble(8, e.target().position().y().in(Unit.MICROMETRE));
            }
            ps.setDouble(9, e.duration().in(Unit.SECOND));
            ps.setString(10, json(e.parameters()));
            ps.setString(11, e.instruments().instrumentSet());
            ps.setTimestamp(12, Timestamp.from(at));
            ps.setString(13, actor == null ? MetadataKeys.SYSTEM : actor);
            ps.setLong(14, token == null ? -1 : token.position().orElse(-1));
        });
    }

    @EventHandler
    void on(RawDataRecorded e) {
        update(e.measurementId().value(), """
                UPDATE measurement_view SET raw_sha256 = ?, raw_format = ?, raw_bytes = ?, raw_records = ?,
                    raw_duration_ps = ?, raw_complete = ?, channel_counts_json = ? WHERE id = ?""", ps -> {
            ps.setString(1, e.raw().sha256());
            ps.setString(2, e.raw().format());
            ps.setLong(3, e.raw().bytes());
            ps.setLong(4, e.raw().records());
            ps.setLong(5, e.raw().durationPs());
            ps.setBoolean(6, e.raw().complete());
            ps.setString(7, json(e.raw().channelCounts()));
            ps.setString(8, e.measurementId().value());
        });
    }

    @EventHandler
    void on(MeasurementCompleted e, @org.axonframework.eventhandling.Timestamp Instant at) {
        end(e.measurementId().value(), "completed", null, json(e.summary()), at);
    }

    @EventHandler
    void on(MeasurementAborted e, @org.axonframework.eventhandling.Timestamp Instant at) {
        end(e.measurementId().value(), "aborted", e.reason(), null, at);
    }

    @EventHandler
    void on(MeasurementFailed e, @org.axonframework.eventhandling.Timestamp Instant at) {
        end(e.measurementId().value(), "failed", e.message(), null, at);
    }

    @EventHandler
    void on(MeasurementInterrupted e, @org.axonframework.eventhandling.Timestamp Instant at) {
        end(e.measurementId().value(), "interrupted", e.note(), null, at);
    }

    private void end(String id, String status, String message, String summaryJson, Instant at) {
        update(id, "UPDATE measurement_view SET status = ?, end_message = ?, summary_json = ?, ended_at = ? WHERE id = ?",
                ps -> {
                    ps.setString(1, status);
                    ps.setString(2, message);
                    ps.setString(3, summaryJson);
                    ps.setTimestamp(4, Timestamp.from(at));
                    ps.setString(5, id);
                });
    }

    @ResetHandler
    void reset() {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("DELETE FROM measurement_view")) {
            ps.executeUpdate();
        } catch (SQLException ex) {
            throw new ReadModelException("clearing measurement_view for replay", ex);
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
            throw new ReadModelException("recording measurement " + id, ex);
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value + " as JSON", e);
        }
    }
}
