package org.photonledger.ui.reagent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.photonledger.processing.reagent.ReagentLotProjection;
import org.photonledger.processing.store.LedgerDatabase;
import org.photonledger.ui.axon.AxonRuntime;

@QuarkusTest
class ReagentLotReplayTest {

    @Inject
    AxonRuntime axon;

    @Inject
    @LedgerDatabase
    DataSource db;

    @Test
    void dropping_the_read_model_and_replaying_the_events_rebuilds_the_same_rows() throws SQLException {
        // given some lots beyond the preloaded ones
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON)
                    .body(ReagentLotResourceTest.lotJson("R-" + UUID.randomUUID(), "10101-63-0"))
                    .when().post("/api/reagent-lots").then().statusCode(201);
        }
        assertThat(axon.awaitCaughtUp(Duration.ofSeconds(20))).isTrue();
        List<List<Object>> before = rows();
        assertThat(before).hasSizeGreaterThanOrEqualTo(3);

        // when the read model is wiped and rebuilt from the event store
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM reagent_lot_view");
        }
        assertThat(rows()).isEmpty();
        axon.replay(ReagentLotProjection.GROUP);
        assertThat(axon.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();

        // then
        assertThat(rows()).isEqualTo(before);
    }

    private List<List<Object>> rows() throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM reagent_lot_view ORDER BY lot_id")) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    Object v = rs.getObject(i);
                    row.add(v == null ? null : v.toString());
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
