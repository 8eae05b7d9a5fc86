package org.photonledger.ui.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.photonledger.domain.measurement.InstrumentSettings;
import org.photonledger.domain.measurement.InstrumentSnapshot;
import org.photonledger.domain.measurement.MeasurementId;
import org.photonledger.domain.measurement.MeasurementType;
import org.photonledger.domain.measurement.Setting;
import org.photonledger.domain.measurement.StartMeasurement;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.processing.store.LedgerDatabase;
import org.photonledger.ui.axon.AxonRuntime;

/**
 * A run left "running" is marked interrupted only when its instance is gone: another instance's fresh heartbeat is
 * respected (two instances on one database), a stale one is not, and on the same machine a dead owner process is
 * recognised at once.
 */
@QuarkusTest
class MeasurementRecoveryTest {

    @Inject
    AxonRuntime axon;

    @Inject
    MeasurementService service;

    @Inject
    @LedgerDatabase
    DataSource db;

    @Test
    void a_run_of_another_live_instance_is_left_alone_and_a_lost_one_is_marked_interrupted() throws Exception {
        // given: three runs "started elsewhere" (recorded, but not by this instance's runner)
        PaperCavity cavity = PaperCavity.record(axon, "PQD recovery test");
        MeasurementId alive = start(cavity);
        MeasurementId silent = start(cavity);
        MeasurementId dead = start(cavity);
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        beat(alive, "4242@another-host", Instant.now());
        beat(silent, "4243@another-host", Instant.now().minus(Duration.ofMinutes(5)));
        beat(dead, finished.pid() + "@" + java.net.InetAddress.getLocalHost().getHostName(), Instant.now());
        // when
        service.recover();
        // then
        assertThat(status(alive)).isEqualTo("running");
        assertThat(status(silent)).isEqualTo("interrupted");
        assertThat(status(dead)).isEqualTo("interrupted");
        // and once the other instance falls silent, its run is marked too
        beat(alive, "4242@another-host", Instant.now().minus(Duration.ofMinutes(1)));
        service.recover();
        assertThat(status(alive)).isEqualTo("interrupted");
    }

    private MeasurementId start(PaperCavity cavity) {
        MeasurementId id = MeasurementId.newId();
        axon.send(new StartMeasurement(id, MeasurementType.HBT_CW, cavity.ids().cavity(), null, null, List.of(),
                Quantity.of(60, Unit.SECOND), new InstrumentSnapshot("elsewhere", List.of(new InstrumentSettings(
                        "tagger", "time-tagger", "test", List.of(Setting.text("mode", "T2")))))));
        assertThat(axon.awaitCaughtUp(Duration.ofSeconds(10))).isTrue();
        return id;
    }

    private void beat(MeasurementId id, String owner, Instant at) throws SQLException {
        try (Connection c = db.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM run_heartbeat WHERE measurement_id = ?")) {
                ps.setString(1, id.value());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO run_heartbeat (measurement_id, owner, beat_at) VALUES (?, ?, ?)")) {
                ps.setString(1, id.value());
                ps.setString(2, owner);
                ps.setTimestamp(3, Timestamp.from(at));
                ps.executeUpdate();
            }
        }
    }

    private String status(MeasurementId id) {
        axon.awaitCaughtUp(Duration.ofSeconds(10));
        return service.byId(id.value()).orElseThrow().status();
    }
}
