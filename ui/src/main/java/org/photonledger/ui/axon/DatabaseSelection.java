package org.photonledger.ui.axon;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Chooses the database at start-up: PostgreSQL when {@code PHOTONLEDGER_DB_URL} (or the system property
 * {@code photonledger.db.url}) is set, the embedded H2 file database otherwise. Both datasources are built into
 * the application (their kinds are fixed at build time); this only activates one of them, so the same jar runs
 * on either database without a rebuild.
 */
public class DatabaseSelection implements ConfigSource {

    static final String KIND = "photonledger.db.kind";

    private final Map<String, String> properties;

    public DatabaseSelection() {
        this(System.getenv(), System.getProperties());
    }

    DatabaseSelection(Map<String, String> env, java.util.Properties system) {
        Map<String, String> p = new HashMap<>();
        String url = first(system.getProperty("photonledger.db.url"), env.get("PHOTONLEDGER_DB_URL"));
        if (url != null) {
            p.put(KIND, "postgresql");
            p.put("quarkus.datasource.active", "false");
            p.put("quarkus.datasource.pg.active", "true");
            p.put("quarkus.datasource.pg.jdbc.url", url);
            String user = first(system.getProperty("photonledger.db.user"), env.get("PHOTONLEDGER_DB_USER"));
            String password = first(system.getProperty("photonledger.db.password"), env.get("PHOTONLEDGER_DB_PASSWORD"));
            if (user != null) {
                p.put("quarkus.datasource.pg.username", user);
            }
            if (password != null) {
                p.put("quarkus.datasource.pg.password", password);
            }
        } else {
            p.put(KIND, "h2");
            p.put("quarkus.datasource.active", "true");
            p.put("quarkus.datasource.pg.active", "false");
        }
        this.properties = Map.copyOf(p);
    }

    private static String first(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a.strip();
        }
        return b != null && !b.isBlank() ? b.strip() : null;
    }

    @Override
    public Map<String, String> getProperties() {
        return properties;
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return "photonledger-database-selection";
    }

    @Override
    public int getOrdinal() {
        // above application.properties (250), below environment variables (300) and system properties (400)
        return 275;
    }
}
