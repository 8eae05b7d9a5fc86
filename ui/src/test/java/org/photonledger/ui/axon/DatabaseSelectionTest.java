package org.photonledger.ui.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DatabaseSelectionTest {

    @Test
    void without_a_url_the_embedded_h2_database_is_active() {
        var s = new DatabaseSelection(Map.of(), new Properties());
        assertThat(s.getValue("photonledger.db.kind")).isEqualTo("h2");
        assertThat(s.getValue("quarkus.datasource.active")).isEqualTo("true");
        assertThat(s.getValue("quarkus.datasource.pg.active")).isEqualTo("false");
    }

    @Test
    void the_environment_switches_to_postgresql_with_its_credentials() {
        var s = new DatabaseSelection(Map.of("PHOTONLEDGER_DB_URL", "jdbc:postgresql://db/lab",
                "PHOTONLEDGER_DB_USER", "lab", "PHOTONLEDGER_DB_PASSWORD", "secret"), new Properties());
        assertThat(s.getValue("photonledger.db.kind")).isEqualTo("postgresql");
        assertThat(s.getValue("quarkus.datasource.active")).isEqualTo("false");
        assertThat(s.getValue("quarkus.datasource.pg.active")).isEqualTo("true");
        assertThat(s.getValue("quarkus.datasource.pg.jdbc.url")).isEqualTo("jdbc:postgresql://db/lab");
        assertThat(s.getValue("quarkus.datasource.pg.username")).isEqualTo("lab");
        assertThat(s.getValue("quarkus.datasource.pg.password")).isEqualTo("secret");
    }

    @Test
    void a_system_property_wins_over_the_environment_and_blank_means_unset() {
        Properties p = new Properties();
        p.setProperty("photonledger.db.url", "jdbc:postgresql://other/lab");
        assertThat(new DatabaseSelection(Map.of("PHOTONLEDGER_DB_URL", "jdbc:postgresql://db/lab"), p)
                .getValue("quarkus.datasource.pg.jdbc.url")).isEqualTo("jdbc:postgresql://other/lab");
        assertThat(new DatabaseSelection(Map.of("PHOTONLEDGER_DB_URL", "  "), new Properties())
                .getValue("photonledger.db.kind")).isEqualTo("h2");
    }
}
