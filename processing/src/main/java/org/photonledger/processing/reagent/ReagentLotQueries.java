package org.photonledger.processing.reagent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.processing.store.LedgerDatabase;
import org.photonledger.processing.store.Page;
import org.photonledger.processing.store.ReadModelException;
import org.photonledger.processing.store.SortOrder;

/** Paged, sorted and filtered reads of the reagent stock list; every query is bounded by LIMIT. */
@ApplicationScoped
public class ReagentLotQueries {

    /** Sortable columns by their API name; anything else is refused so no user text reaches the SQL. */
    public static final Map<String, String> SORTABLE = Map.of(
            "chemicalName", "chemical_name",
            "casNumber", "cas_number",
            "supplier", "supplier",
            "lotNumber", "lot_number",
            "purityPercent", "purity_percent",
            "receivedOn", "received_on",
            "storageLocation", "storage_location",
            "registeredAt", "registered_at");

    public static final int MAX_PAGE = 500;

    private static final String COLUMNS = "lot_id, chemical_name, cas_number, supplier, catalogue_number, lot_number, "
            + "purity_percent, grade, amount_value, amount_unit, remaining_value, received_on, storage_location, "
            + "registered_at, registered_by";
    private static final String FILTER = " WHERE (? IS NULL OR LOWER(chemical_name) LIKE ? OR LOWER(cas_number) LIKE ? "
            + "OR LOWER(supplier) LIKE ? OR LOWER(lot_number) LIKE ? OR LOWER(COALESCE(storage_location, '')) LIKE ?)";

    private final DataSource db;

    @Inject
    public ReagentLotQueries(@LedgerDatabase DataSource db) {
        this.db = db;
    }

    public Optional<ReagentLotRow> byId(String lotId) {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM reagent_lot_view WHERE lot_id = ?")) {
            ps.setString(1, lotId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        } catch (SQLException ex) {
            throw new ReadModelException("reading reagent lot " + lotId, ex);
        }
    }

    /**
     * A page of lots whose name, CAS number, supplier, lot number or location contains {@code filter}
     * (case-insensitive; null or blank for all), in the given order (default: chemical name).
     */
    public Page<ReagentLotRow> page(String filter, List<SortOrder> sort, int offset, int limit) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be ≥ 0, got " + offset);
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("limit must be in [1, " + MAX_PAGE + "], got " + limit);
        }
        String order = orderBy(sort);
        String pattern = filter == null || filter.isBlank() ? null : "%" + filter.strip().toLowerCase(Locale.ROOT) + "%";
        try (Connection c = db.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM reagent_lot_view" + FILTER)) {
                bindFilter(ps, pattern);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<ReagentLotRow> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM reagent_lot_view" + FILTER + " ORDER BY " + order + " LIMIT ? OFFSET ?")) {
                bindFilter(ps, pattern);
                ps.setInt(7, limit);
                ps.setInt(8, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row(rs));
                    }
                }
            }
            return new Page<>(rows, offset, limit, total);
        } catch (SQLException ex) {
            throw new ReadModelException("listing reagent lots", ex);
        }
    }

    private static String orderBy(List<SortOrder> sort) {
        List<SortOrder> requested = sort == null ? List.of() : sort;
        for (SortOrder s : requested) {
            if (!SORTABLE.containsKey(s.column())) {
                throw new IllegalArgumentException("cannot sort by '" + s.column() + "'; sortable: "
                        + SORTABLE.keySet().stream().sorted().collect(Collectors.joining(", ")));
            }
        }
        String explicit = requested.stream()
                .map(s -> SORTABLE.get(s.column()) + (s.ascending() ? " ASC" : " DESC"))
                .collect(Collectors.joining(", "));
        // lot_id last makes paging stable when the requested columns tie.
        return (explicit.isEmpty() ? "chemical_name ASC" : explicit) + ", lot_id ASC";
    }

    private static void bindFilter(PreparedStatement ps, String pattern) throws SQLException {
        for (int i = 1; i <= 6; i++) {
            ps.setString(i, pattern);
        }
    }

    private static ReagentLotRow row(ResultSet rs) throws SQLException {
        Unit unit = Unit.valueOf(rs.getString("amount_unit"));
        double purity = rs.getDouble("purity_percent");
        Double purityOrNull = rs.wasNull() ? null : purity;
        return new ReagentLotRow(
                rs.getString("lot_id"),
                rs.getString("chemical_name"),
                rs.getString("cas_number"),
                rs.getString("supplier"),
                rs.getString("catalogue_number"),
                rs.getString("lot_number"),
                purityOrNull,
                rs.getString("grade"),
                Quantity.of(rs.getDouble("amount_value"), unit),
                Quantity.of(rs.getDouble("remaining_value"), unit),
                rs.getDate("received_on").toLocalDate(),
                rs.getString("storage_location"),
                rs.getTimestamp("registered_at").toInstant(),
                rs.getString("registered_by"));
    }
}
