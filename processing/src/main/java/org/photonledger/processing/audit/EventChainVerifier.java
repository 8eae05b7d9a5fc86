package org.photonledger.processing.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.photonledger.domain.audit.MetadataKeys;

/**
 * Recomputes the tamper-evidence chain over the whole event store, in pages (memory stays flat), and reports the
 * first broken link: a changed event, a deleted or inserted one, or events in another order than they were chained.
 */
public final class EventChainVerifier {

    private static final int PAGE = 2000;
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final DataSource db;
    private final ObjectMapper json = new ObjectMapper();

    public EventChainVerifier(DataSource db) {
        this.db = db;
    }

    public ChainVerification verify() {
        String previous = EventChain.GENESIS;
        long checked = 0;
        long lastIndex = Long.MIN_VALUE;
        try (Connection c = db.getConnection()) {
            long recorded = recordedCount(c);
            while (true) {
                int inPage = 0;
                try (PreparedStatement ps = c.prepareStatement("""
                        SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                               payload_type, payload_revision, payload, meta_data
                        FROM domain_event_entry WHERE global_index > ? ORDER BY global_index LIMIT ?""")) {
                    ps.setLong(1, lastIndex);
                    ps.setInt(2, PAGE);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            inPage++;
                            lastIndex = rs.getLong(1);
                            StoredEvent e = new StoredEvent(lastIndex, rs.getString(2), rs.getString(3), rs.getLong(4),
                                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBytes(9),
                                    metaData(rs.getBytes(10)));
                            checked++;
                            Object storedPrevious = e.metaData().get(MetadataKeys.CHAIN_PREVIOUS);
                            Object storedHash = e.metaData().get(MetadataKeys.CHAIN_HASH);
                            if (storedHash == null || storedPrevious == null) {
                                return broken(checked, recorded, e, "carries no chain hash (inserted behind the application's back)");
                            }
                            if (!previous.equals(storedPrevious)) {
                                return broken(checked, recorded, e, "does not follow the event before it (an event before it was "
                                        + "deleted, inserted or moved)");
                            }
                            String recomputed = EventChain.link(previous, e);
                            if (!recomputed.equals(storedHash)) {
                                return broken(checked, recorded, e, "its content differs from what was chained (edited after it was recorded)");
                            }
                            previous = recomputed;
                        }
                    }
                }
                if (inPage < PAGE) {
                    break;
                }
            }
            String headHash = headHash(c);
            if (checked == recorded && !previous.equals(headHash)) {
                return new ChainVerification(checked, recorded, new ChainVerification.Break(lastIndex, "-",
                        "the last event's hash differs from the recorded chain head"));
            }
            return new ChainVerification(checked, recorded, null);
        } catch (SQLException ex) {
            throw new IllegalStateException("cannot read the event store to verify the chain: " + ex.getMessage(), ex);
        }
    }

    private static ChainVerification broken(long checked, long recorded, StoredEvent e, String problem) {
        return new ChainVerification(checked, recorded, new ChainVerification.Break(e.globalIndex(), e.eventIdentifier(), problem));
    }

    private Map<String, Object> metaData(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return Map.of();
        }
        try {
            return json.readValue(bytes, MAP);
        } catch (IOException e) {
            return Map.of("unreadable", e.getMessage());
        }
    }

    private static long recordedCount(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT chained_events FROM event_chain_head WHERE id = 1");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static String headHash(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_hash FROM event_chain_head WHERE id = 1");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : EventChain.GENESIS;
        }
    }
}
