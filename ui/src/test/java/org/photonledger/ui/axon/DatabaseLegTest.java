package org.photonledger.ui.axon;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.photonledger.processing.store.LedgerDatabase;

/** Proves which database this test run really used, and prints it so the CI log shows both legs. */
@QuarkusTest
class DatabaseLegTest {

    @Inject
    @LedgerDatabase
    DataSource db;

    @Test
    void the_suite_runs_on_the_database_it_was_asked_to_use() throws SQLException {
        String requested = System.getenv("PHOTONLEDGER_DB_URL");
        try (Connection c = db.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
            System.out.println("PHOTONLEDGER DATABASE LEG: " + product + " at " + c.getMetaData().getURL());
            if (requested != null && !requested.isBlank()) {
                assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            } else {
                assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("H2");
            }
        }
    }
}
