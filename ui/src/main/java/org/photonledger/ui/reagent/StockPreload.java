package org.photonledger.ui.reagent;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.photonledger.domain.audit.MetadataKeys;
import org.photonledger.domain.reagent.ReagentLotId;
import org.photonledger.domain.reagent.RegisterReagentLot;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.processing.store.LedgerDatabase;
import org.photonledger.ui.axon.ActorContext;
import org.photonledger.ui.axon.AxonRuntime;

/**
 * Gives a new embedded installation the stock list of the reference paper's Materials section (Farrow et al.),
 * registered once, as ordinary events by the {@code system} actor. Lot numbers are marked DEMO: they are
 * placeholders, not the paper's bottles.
 */
@ApplicationScoped
public class StockPreload {

    private static final Logger LOG = Logger.getLogger(StockPreload.class);
    private static final LocalDate RECEIVED = LocalDate.of(2023, 9, 1);
    private static final String SIGMA = "Sigma-Aldrich";

    /** The paper's reagents; ids are fixed so the preload is idempotent across restarts and crashes. */
    public static final List<RegisterReagentLot> PAPER_REAGENTS = List.of(
            lot("cs2co3", "Caesium carbonate (Cs2CO3)", "534-17-8", 99.9, "ReagentPlus", Quantity.of(10, Unit.GRAM), "Glovebox, shelf 1"),
            lot("pbi2", "Lead(II) iodide (PbI2)", "10101-63-0", 99.9985, "Trace metals basis", Quantity.of(5, Unit.GRAM), "Glovebox, shelf 1"),
            lot("ode", "1-Octadecene (ODE)", "112-88-9", 90.0, "Technical grade", Quantity.of(500, Unit.MILLILITRE), "Solvent cabinet A"),
            lot("oa", "Oleic acid (OA)", "112-80-1", 90.0, "Technical grade", Quantity.of(500, Unit.MILLILITRE), "Solvent cabinet A"),
            lot("olam", "Oleylamine (OLAm)", "112-90-3", 70.0, "Technical grade", Quantity.of(100, Unit.MILLILITRE), "Solvent cabinet A"),
            lot("meac", "Methyl acetate (MeAc)", "79-20-9", 99.5, "Anhydrous", Quantity.of(1, Unit.LITRE), "Solvent cabinet B"),
            lot("hexane", "Hexane", "110-54-3", 97.0, "Anhydrous, ≥ 97 %", Quantity.of(1, Unit.LITRE), "Solvent cabinet B"),
            lot("octane", "Octane", "111-65-9", 99.0, "Anhydrous, ≥ 99 %", Quantity.of(100, Unit.MILLILITRE), "Solvent cabinet B"),
            lot("toluene", "Toluene", "108-88-3", 99.8, "Anhydrous", Quantity.of(1, Unit.LITRE), "Solvent cabinet B"),
            lot("pmma", "Poly(methyl methacrylate) (PMMA)", "9011-14-7", null, "Average Mw ~120,000", Quantity.of(25, Unit.GRAM), "Polymer shelf"),
            lot("edta", "Ethylenediaminetetraacetic acid (EDTA)", "60-00-4", 99.4, "ACS reagent", Quantity.of(25, Unit.GRAM), "Chemical shelf C"));

    @Inject
    AxonRuntime axon;

    @Inject
    @LedgerDatabase
    DataSource db;

    @ConfigProperty(name = "photonledger.preload.reagents", defaultValue = "true")
    boolean enabled;

    void onStart(@Observes @Priority(20) StartupEvent event) {
        if (!enabled) {
            return;
        }
        int added = 0;
        for (RegisterReagentLot command : PAPER_REAGENTS) {
            if (!exists(command.lotId())) {
                try {
                    ActorContext.runAs(MetadataKeys.SYSTEM, () -> axon.commandGateway().sendAndWait(command));
                    added++;
                } catch (RuntimeException refused) {
                    // another instance on the same database, starting at the same moment, registered it first
                    if (!exists(command.lotId())) {
                        throw refused;
                    }
                }
            }
        }
        if (added > 0) {
            LOG.infof("Preloaded %d reagent lots of the reference paper's Materials section", added);
        }
        // A newcomer's first screen should already show the stock list.
        if (!axon.awaitCaughtUp(java.time.Duration.ofSeconds(15))) {
            LOG.warn("Projections are still catching up; lists may fill in over the next seconds");
        }
    }

    private boolean exists(ReagentLotId id) {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT 1 FROM domain_event_entry WHERE aggregate_identifier = ?")) {
            ps.setString(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the event store for " + id + ": " + e.getMessage(), e);
        }
    }

    /** {@code purity} in percent, as the supplier's catalogue states it, or null. */
    private static RegisterReagentLot lot(String key, String name, String cas, Double purity, String grade, Quantity amount,
            String location) {
        return new RegisterReagentLot(new ReagentLotId("lot-paper-" + key), name, cas, SIGMA, null,
                "DEMO-" + key.toUpperCase(java.util.Locale.ROOT), purity == null ? null : Quantity.of(purity, Unit.PERCENT),
                grade, amount, RECEIVED, location);
    }
}
