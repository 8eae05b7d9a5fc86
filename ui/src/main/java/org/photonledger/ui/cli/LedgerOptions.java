package org.photonledger.ui.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.photonledger.acquisition.rawstore.RawStore;
import org.photonledger.ui.axon.StoredFormat;
import org.photonledger.ui.axon.EmbeddedDatabase;
import org.photonledger.ui.evolution.SchemaEvolution;
import org.photonledger.ui.figure.FigureLab;
import org.photonledger.ui.figure.LedgerEvents;
import picocli.CommandLine.Option;

/**
 * Where an offline command finds the ledger: the embedded database of a data directory (read through H2's
 * AUTO_SERVER, so also while the application runs) or a PostgreSQL database, and the raw-data store beside it.
 */
public final class LedgerOptions {

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory: embedded database and raw data "
            + "(default: $PHOTONLEDGER_DATA or ./data).")
    Path data;

    @Option(names = "--db-url", paramLabel = "JDBC_URL", description = "A PostgreSQL database instead "
            + "(default: $PHOTONLEDGER_DB_URL); user and password from --db-user/--db-password or "
            + "$PHOTONLEDGER_DB_USER/$PHOTONLEDGER_DB_PASSWORD.")
    String url;

    @Option(names = "--db-user")
    String user;

    @Option(names = "--db-password")
    String password;

    /** A usage problem the user can fix (no database there): one line, exit 2. */
    static final class Unusable extends RuntimeException {
        Unusable(String message) {
            super(message);
        }
    }

    Path dataDir() {
        return data != null ? data : Path.of(System.getenv().getOrDefault("PHOTONLEDGER_DATA", "./data"));
    }

    DataSource dataSource() {
        // an explicit --data names the embedded database even where PHOTONLEDGER_DB_URL is set
        String jdbc = url != null ? url : data != null ? null : System.getenv("PHOTONLEDGER_DB_URL");
        String u = user != null ? user : System.getenv("PHOTONLEDGER_DB_USER");
        String p = password != null ? password : System.getenv("PHOTONLEDGER_DB_PASSWORD");
        if (jdbc == null || jdbc.isBlank()) {
            Path file = EmbeddedDatabase.file(dataDir());
            if (!Files.isRegularFile(file)) {
                throw new Unusable("no embedded database at " + file.toAbsolutePath() + " (give --data DIR or --db-url)");
            }
            return EmbeddedDatabase.dataSource(EmbeddedDatabase.sharedUrl(dataDir()), EmbeddedDatabase.USER, "");
        }
        return EmbeddedDatabase.dataSource(jdbc, u, p);
    }

    RawStore rawStore() {
        return new RawStore(dataDir().resolve("raw"));
    }

    /** The events of any aggregate, read from the event store with the application's serializer and upcasters. */
    static LedgerEvents events(DataSource db) {
        var serializer = StoredFormat.serializer();
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                .connectionProvider(new DataSourceConnectionProvider(db))
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .schema(StoredFormat.EVENT_SCHEMA)
                .dataType(byte[].class)
                .upcasterChain(new EventUpcasterChain(SchemaEvolution.upcasters()))
                .build();
        return id -> engine.readEvents(id).asStream().toList();
    }

    FigureLab lab(DataSource db) {
        return new FigureLab(events(db), rawStore());
    }
}
