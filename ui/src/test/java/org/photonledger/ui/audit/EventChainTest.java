package org.photonledger.ui.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photonledger.processing.audit.ChainVerification;
import org.photonledger.processing.audit.EventChainVerifier;
import org.photonledger.processing.store.LedgerDatabase;
import org.photonledger.ui.reagent.ReagentLotResourceTest;

/**
 * The chain written by the running application verifies, and every kind of hidden change to a copy of the store
 * (edited payload, metadata or time; deleted, inserted or reordered rows) is detected at the first broken link.
 */
@QuarkusTest
class EventChainTest {

    private static final String COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number, type, "
            + "time_stamp, payload_type, payload_revision, payload, meta_data";

    @Inject
    @LedgerDatabase
    DataSource live;

    private DataSource copy;
    private String copyUrl;
    private List<Long> indexes;

    @BeforeEach
    void copyTheLiveStore() throws SQLException {
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).body(ReagentLotResourceTest.lotJson("C-" + UUID.randomUUID(), "10101-63-0"))
                    .when().post("/api/reagent-lots").then().statusCode(201);
        }
        JdbcDataSource h2 = new JdbcDataSource();
        copyUrl = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        h2.setURL(copyUrl);
        h2.setUser("sa");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
        copy = h2;
        indexes = new ArrayList<>();
        try (Connection from = live.getConnection(); Connection to = copy.getConnection();
                Statement read = from.createStatement();
                ResultSet rs = read.executeQuery("SELECT " + COLUMNS + " FROM domain_event_entry ORDER BY global_index");
                PreparedStatement write = to.prepareStatement("INSERT INTO domain_event_entry (" + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            while (rs.next()) {
                for (int i = 1; i <= 10; i++) {
                    write.setObject(i, rs.getObject(i));
                }
                write.executeUpdate();
                indexes.add(rs.getLong(1));
            }
            try (ResultSet head = read.executeQuery("SELECT last_hash, chained_events FROM event_chain_head WHERE id = 1");
                    PreparedStatement h = to.prepareStatement("UPDATE event_chain_head SET last_hash = ?, chained_events = ? WHERE id = 1")) {
                head.next();
                h.setString(1, head.getString(1));
                h.setLong(2, head.getLong(2));
                h.executeUpdate();
            }
        }
        assertThat(indexes).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void the_live_chain_and_an_untouched_copy_verify() {
        ChainVerification live = new EventChainVerifier(this.live).verify();
        assertThat(live.intact()).as(live.describe()).isTrue();
        assertThat(new EventChainVerifier(copy).verify().intact()).isTrue();
    }

    /** Runs {@code photonledger verify …} in this JVM and returns exit code and output. */
    private static String[] cli(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        var cli = org.photonledger.ui.cli.PhotonLedgerCli.commandLine();
        cli.setOut(new java.io.PrintWriter(out));
        cli.setErr(new java.io.PrintWriter(err));
        int code = cli.execute(args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void the_verify_command_checks_the_running_apps_embedded_store_and_names_a_broken_link() throws SQLException {
        // the live test database, read by the command while this application holds it
        String liveUrl;
        try (Connection c = this.live.getConnection()) {
            liveUrl = c.getMetaData().getURL();
        }
        String[] live = liveUrl.startsWith("jdbc:postgresql") ? cli("verify", "--events", "--db-url", liveUrl) : cli("verify", "--events", "--data", "target/test-data");
        assertThat(live[0]).as(live[1] + live[2]).isEqualTo("0");
        assertThat(live[1]).contains("event chain intact");
        // a copy, then the copy with one edited timestamp
        String[] copied = cli("verify", "--events", "--db-url", copyUrl, "--db-user", "sa", "--db-password", "");
        assertThat(copied[0]).as(copied[1] + copied[2]).isEqualTo("0");
        long victim = indexes.get(indexes.size() / 2);
        execute("UPDATE domain_event_entry SET time_stamp = '2020-01-01T00:00:00Z' WHERE global_index = " + victim);
        String[] broken = cli("verify", "--events", "--json", "--db-url", copyUrl, "--db-user", "sa",
                "--db-password", "");
        assertThat(broken[0]).isEqualTo("1");
        assertThat(broken[1]).contains("\"intact\":false").contains("\"globalIndex\":" + victim);
        String[] nowhere = cli("verify", "--events", "--data", "target/no-such-dir");
        assertThat(nowhere[0]).isEqualTo("2");
        assertThat(nowhere[2]).contains("no embedded database");
    }

    @Test
    void an_edited_payload_byte_is_detected_at_that_event() throws SQLException {
        long victim;
        try (Connection c = copy.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT MAX(global_index) FROM domain_event_entry WHERE payload_type LIKE '%ReagentLotRegistered'")) {
            rs.next();
            victim = rs.getLong(1);
        }
        try (Connection c = copy.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE domain_event_entry SET payload = REPLACE(payload, CAST('Sigma' AS BYTEA), CAST('Sigmb' AS BYTEA)) WHERE global_index = ?")) {
            ps.setLong(1, victim);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        assertBrokenAt(victim, "edited");
    }

    @Test
    void an_edited_actor_in_the_metadata_is_detected() throws SQLException {
        long victim = indexes.get(indexes.size() - 2);
        try (Connection c = copy.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE domain_event_entry SET meta_data = REPLACE(meta_data, CAST('\"actor\":\"' AS BYTEA), CAST('\"actor\":\"x' AS BYTEA)) WHERE global_index = ?")) {
            ps.setLong(1, victim);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        assertBrokenAt(victim, "edited");
    }

    @Test
    void an_edited_timestamp_is_detected() throws SQLException {
        long victim = indexes.get(0);
        try (Connection c = copy.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE domain_event_entry SET time_stamp = '2020-01-01T00:00:00Z' WHERE global_index = ?")) {
            ps.setLong(1, victim);
            ps.executeUpdate();
        }
        assertBrokenAt(victim, "edited");
    }

    @Test
    void a_deleted_row_is_detected_at_the_event_after_it() throws SQLException {
        long victim = indexes.get(1);
        execute("DELETE FROM domain_event_entry WHERE global_index = " + victim);
        assertBrokenAt(indexes.get(2), "does not follow");
    }

    @Test
    void a_deleted_last_row_is_detected_by_the_head() throws SQLException {
        execute("DELETE FROM domain_event_entry WHERE global_index = " + indexes.get(indexes.size() - 1));
        ChainVerification v = new EventChainVerifier(copy).verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.describe()).contains("the chain head records");
    }

    @Test
    void reordered_rows_are_detected() throws SQLException {
        long a = indexes.get(1);
        long b = indexes.get(2);
        execute("UPDATE domain_event_entry SET global_index = -1 WHERE global_index = " + a);
        execute("UPDATE domain_event_entry SET global_index = " + a + " WHERE global_index = " + b);
        execute("UPDATE domain_event_entry SET global_index = " + b + " WHERE global_index = -1");
        assertBrokenAt(a, "does not follow");
    }

    @Test
    void an_inserted_row_without_a_chain_hash_is_detected() throws SQLException {
        long last = indexes.get(indexes.size() - 1);
        execute("INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number, "
                + "type, time_stamp, payload_type, payload, meta_data) VALUES (" + (last + 1000) + ", 'forged', 'lot-x', 0, "
                + "'ReagentLot', '2024-01-01T00:00:00Z', 'x', CAST('{}' AS BYTEA), CAST('{\"actor\":\"mallory\"}' AS BYTEA))");
        assertBrokenAt(last + 1000, "carries no chain hash");
    }

    private void assertBrokenAt(long globalIndex, String problem) {
        ChainVerification v = new EventChainVerifier(copy).verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBreak()).as(v.describe()).isNotNull();
        assertThat(v.firstBreak().globalIndex()).as(v.describe()).isEqualTo(globalIndex);
        assertThat(v.firstBreak().problem()).contains(problem);
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = copy.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
