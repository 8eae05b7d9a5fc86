package org.photonledger.ui.axon;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.photonledger.processing.store.LedgerDatabase;

/** Hands the active datasource (embedded H2 or PostgreSQL) to everything that needs the ledger's database. */
@ApplicationScoped
public class LedgerDataSourceProducer {

    @Inject
    @Default
    InjectableInstance<AgroalDataSource> h2;

    @Inject
    @DataSource("pg")
    InjectableInstance<AgroalDataSource> postgresql;

    @ConfigProperty(name = DatabaseSelection.KIND)
    String kind;

    @Produces
    @LedgerDatabase
    @ApplicationScoped
    AgroalDataSource ledgerDataSource() {
        return "postgresql".equals(kind) ? postgresql.get() : h2.get();
    }

    public String kind() {
        return kind;
    }
}
