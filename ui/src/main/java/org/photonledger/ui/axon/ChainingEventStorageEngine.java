package org.photonledger.ui.axon;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.photonledger.domain.audit.MetadataKeys;
import org.photonledger.processing.audit.EventChain;
import org.photonledger.processing.audit.StoredEvent;

/**
 * Puts every appended event on the tamper-evidence chain: inside the appending transaction it locks the chain head,
 * computes each event's hash from the previous one and the exact bytes that will be stored, adds both hashes to the
 * event's metadata and advances the head. Appends are thereby serialised, so chain order equals global order.
 */
final class ChainingEventStorageEngine implements EventStorageEngine {

    private final EventStorageEngine delegate;
    private final DataSource db;
    private final TransactionManager tx;
    private final Serializer serializer;

    ChainingEventStorageEngine(EventStorageEngine delegate, DataSource db, TransactionManager tx, Serializer serializer) {
        this.delegate = delegate;
        this.db = db;
        this.tx = tx;
        this.serializer = serializer;
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        if (events.isEmpty()) {
            return;
        }
        tx.executeInTransaction(() -> delegate.appendEvents(chain(events)));
    }

    private List<EventMessage<?>> chain(List<? extends EventMessage<?>> events) {
        try (Connection c = db.getConnection()) {
            String previous;
            long count;
            try (PreparedStatement lock = c.prepareStatement(
                    "SELECT last_hash, chained_events FROM event_chain_head WHERE id = 1 FOR UPDATE");
                    ResultSet rs = lock.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("the event chain head row is missing; the V3 migration did not run");
                }
                previous = rs.getString(1);
                count = rs.getLong(2);
            }
            List<EventMessage<?>> chained = new ArrayList<>(events.size());
            for (EventMessage<?> event : events) {
                Map<String, Object> metaData = new HashMap<>(event.getMetaData());
                metaData.remove(MetadataKeys.CHAIN_HASH);
                metaData.remove(MetadataKeys.CHAIN_PREVIOUS);
                String hash = EventChain.link(previous, stored(event, metaData));
                Map<String, Object> chainKeys = Map.of(MetadataKeys.CHAIN_PREVIOUS, previous, MetadataKeys.CHAIN_HASH, hash);
                chained.add(event.andMetaData(chainKeys));
                previous = hash;
                count++;
            }
            try (PreparedStatement head = c.prepareStatement(
                    "UPDATE event_chain_head SET last_hash = ?, chained_events = ? WHERE id = 1")) {
                head.setString(1, previous);
                head.setLong(2, count);
                head.executeUpdate();
            }
            return chained;
        } catch (SQLException e) {
            throw new IllegalStateException("could not extend the event chain: " + e.getMessage(), e);
        }
    }

    /** The event as the JDBC storage engine will write it (same serializer, same identity rules for non-domain events). */
    private StoredEvent stored(EventMessage<?> event, Map<String, Object> metaData) {
        SerializedObject<byte[]> payload = serializer.serialize(event.getPayload(), byte[].class);
        String aggregateId = event.getIdentifier();
        long sequence = 0;
        String type = null;
        if (event instanceof DomainEventMessage<?> domain) {
            aggregateId = domain.getAggregateIdentifier();
            sequence = domain.getSequenceNumber();
            type = domain.getType();
        }
        Instant timestamp = event.getTimestamp();
        return new StoredEvent(-1, event.getIdentifier(), aggregateId, sequence, type, DateTimeUtils.formatInstant(timestamp),
                payload.getType().getName(), payload.getType().getRevision(), payload.getData(), metaData);
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        delegate.storeSnapshot(snapshot);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return delegate.readEvents(trackingToken, mayBlock);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return delegate.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return delegate.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return delegate.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return delegate.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return delegate.createTokenAt(dateTime);
    }
}
