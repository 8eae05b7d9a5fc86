package org.photonledger.ui.axon;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The embedded H2 database of a data directory as the offline tools open it: with the settings the application uses
 * ({@code quarkus.datasource.jdbc.url} in application.properties), either shared with a running application or as a
 * private file (a backup being made or restored).
 */
public final class EmbeddedDatabase {

    /** User of the embedded database (application.properties). */
    public static final String USER = "sa";

    // Must match the settings of quarkus.datasource.jdbc.url, or identifiers and NULL ordering would differ.
    private static final String SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private EmbeddedDatabase() {
    }

    /** The database file of a data directory. */
    public static Path file(Path dataDir) {
        return dataDir.resolve("db").resolve("photonledger.mv.db");
    }

    /**
     * A URL for the database of {@code dataDir} that also works while the application holds the file: AUTO_SERVER
     * connects through the application's H2 server, or opens the file itself when no application runs.
     */
    public static String sharedUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("db").resolve("photonledger") + SETTINGS
                + ";AUTO_SERVER=TRUE;IFEXISTS=TRUE";
    }

    /** A URL that opens the database file {@code <dbDir>/photonledger.mv.db} in this process only. */
    public static String privateUrl(Path dbDir, boolean readOnly) {
        return "jdbc:h2:file:" + dbDir.toAbsolutePath().resolve("photonledger") + SETTINGS + ";IFEXISTS=TRUE"
                + (readOnly ? ";ACCESS_MODE_DATA=r" : "");
    }

    /** A connection-per-call data source over {@link DriverManager}, enough for a command that runs once. */
    public static DataSource dataSource(String url, String user, String password) {
        return new DataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                return DriverManager.getConnection(url, user, password);
            }

            @Override
            public Connection getConnection(String u, String p) throws SQLException {
                return DriverManager.getConnection(url, u, p);
            }

            @Override
            public PrintWriter getLogWriter() {
                return null;
            }

            @Override
            public void setLogWriter(PrintWriter out) {
            }

            @Override
            public void setLoginTimeout(int seconds) {
            }

            @Override
            public int getLoginTimeout() {
                return 0;
            }

            @Override
            public Logger getParentLogger() {
                return Logger.getGlobal();
            }

            @Override
            public <T> T unwrap(Class<T> iface) throws SQLException {
                throw new SQLException("not a wrapper");
            }

            @Override
            public boolean isWrapperFor(Class<?> iface) {
                return false;
            }
        };
    }
}
