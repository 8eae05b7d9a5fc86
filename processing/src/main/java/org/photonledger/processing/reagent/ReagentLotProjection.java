package org.photonledger.processing.reagent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.photonledger.domain.audit.MetadataKeys;
import org.photonledger.domain.reagent.ReagentConsumed;
import org.photonledger.domain.reagent.ReagentLotRegistered;
import org.photonledger.domain.reagent.ReagentRestored;
import org.photonledger.processing.store.LedgerDatabase;
import org.photonledger.processing.store.ReadModelException;

/** Keeps the {@code reagent_lot_view} table in step with reagent-lot events. */
@ApplicationScoped
@ProcessingGroup(ReagentLotProjection.GROUP)
public class ReagentLotProjection {

    public static final String GROUP = "reagent-lots";

    private final DataSource db;

    @Inject
    public ReagentLotProjection(@LedgerDatabase DataSource db) {
        this.db = db;
    }

    @EventHandler
    public void on(ReagentLotRegistered e, @org.axonframework.eventhandling.Timestamp Instant at,
            @MetaDataValue(MetadataKeys.ACTOR) String actor) {
        String sql = """
                INSERT INTO reagent_lot_view (lot_id, chemical_name, cas_number, supplier, catalogue_number, lot_number,
                    purity_percent, grade, amount_value, amount_unit, remaining_value, received_on, storage_location,
                    registered_at, registered_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, e.lotId().value());
            ps.setString(2, e.chemicalName());
            ps.setString(3, e.casNumber().value());
            ps.setString(4, e.supplier());
            ps.setString(5, e.catalogueNumber());
            ps.setString(6, e.lotNumber());
            // the view keeps purity in percent, whatever unit it was entered in
            if (e.purity() == null) {
                ps.setNull(7, Types.DOUBLE);
            } else {
                ps.setDouble(7, e.purity().in(org.photonledger.domain.units.Unit.PERCENT));
            }
            ps.setString(8, e.grade());
            ps.setDouble(9, e.amount().value());
            ps.setString(10, e.amount().unit().name());
            ps.setDouble(11, e.amount().value());
            ps.setDate(12, Date.valueOf(e.receivedOn()));
            ps.setString(13, e.storageLocation());
            ps.setTimestamp(14, Timestamp.from(at));
            ps.setString(15, actor == null ? MetadataKeys.SYSTEM : actor);
            ps.executeUpdate();
        } catch (SQLException ex) {
            throw new ReadModelException("recording reagent lot " + e.lotId(), ex);
        }
    }

    @EventHandler
    public void on(ReagentConsumed e) {
        remaining(e.lotId().value(), e.remaining());
    }

    @EventHandler
    public void on(ReagentRestored e) {
        remaining(e.lotId().value(), e.remaining());
    }

    private void remaining(String lotId, org.photonledger.domain.units.Quantity remaining) {
        try (Connection c = db.getConnection();
                PreparedStatement unit = c.prepareStatement("SELECT amount_unit FROM reagent_lot_view WHERE lot_id = ?")) {
            unit.setString(1, lotId);
            String lotUnit;
            try (var rs = unit.executeQuery()) {
                if (!rs.next()) {
                    throw new ReadModelException("updating the stock of " + lotId, new SQLException("lot not in the view"));
                }
                lotUnit = rs.getString(1);
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE reagent_lot_view SET remaining_value = ? WHERE lot_id = ?")) {
                ps.setDouble(1, remaining.in(org.photonledger.domain.units.Unit.valueOf(lotUnit)));
                ps.setString(2, lotId);
                ps.executeUpdate();
            }
        } catch (SQLException ex) {
            throw new ReadModelException("updating the stock of " + lotId, ex);
        }
    }

    @ResetHandler
    public void reset() {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("DELETE FROM reagent_lot_view")) {
            ps.executeUpdate();
        } catch (SQLException ex) {
            throw new ReadModelException("clearing reagent_lot_view for replay", ex);
        }
    }
}
