package org.photonledger.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.Repository;

/**
 * Aggregates of other types than the one a fixture tests, kept in their own in-memory event store. A command
 * handler under test loads them through {@link #repository}; their changes join the fixture's unit of work, so
 * they are stored only if the whole command succeeds.
 */
public final class InMemoryAggregates {

    private final EventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    private final Map<Class<?>, Repository<?>> repositories = new HashMap<>();

    @SuppressWarnings("unchecked")
    public <T> Repository<T> repository(Class<T> type) {
        return (Repository<T>) repositories.computeIfAbsent(type,
                t -> EventSourcingRepository.builder(type).eventStore(store).build());
    }

    /** Stores the events as the history of one aggregate, as if it had been made by earlier commands. */
    public InMemoryAggregates given(Class<?> type, String aggregateId, Object... events) {
        long next = store.lastSequenceNumberFor(aggregateId).map(n -> n + 1).orElse(0L);
        String typeName = type.getAnnotation(AggregateRoot.class).type();
        for (Object event : events) {
            store.publish(new GenericDomainEventMessage<>(typeName, aggregateId, next++, event));
        }
        return this;
    }

    /** Every event stored for the aggregate, oldest first. */
    public List<Object> events(String aggregateId) {
        return store.readEvents(aggregateId).asStream().map(Message::getPayload).map(Object.class::cast).toList();
    }

    /** Reads the aggregate's current state without changing it. */
    public <T, R> R state(Class<T> type, String aggregateId, Function<T, R> read) {
        DefaultUnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(null);
        try {
            return repository(type).load(aggregateId).invoke(read);
        } finally {
            uow.rollback();
        }
    }

    public EventStore store() {
        return store;
    }
}
