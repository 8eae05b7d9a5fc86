package org.photonledger.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.axonframework.commandhandling.AnnotationCommandHandlerAdapter;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.axonframework.modelling.command.Repository;

/**
 * The whole domain wired as the application wires it, on one in-memory event store: every aggregate of
 * {@link DomainModel#aggregateTypes()} with its own command handlers, plus {@link DomainModel#commandHandlers}.
 * For rules that span aggregates of the same type (a sample made from another sample) and for end-to-end runs.
 */
public final class InMemoryLab {

    private final InMemoryEventStorageEngine engine = new InMemoryEventStorageEngine();
    private final EventStore store = EmbeddedEventStore.builder().storageEngine(engine).build();
    private final Map<Class<?>, Repository<?>> repositories = new HashMap<>();
    private final CommandGateway gateway;

    public InMemoryLab() {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        for (Class<?> type : DomainModel.aggregateTypes()) {
            subscribe(type, bus);
        }
        for (Object handler : DomainModel.commandHandlers(repositories::get)) {
            new AnnotationCommandHandlerAdapter<>(handler).subscribe(bus);
        }
        gateway = DefaultCommandGateway.builder().commandBus(bus).build();
    }

    private <T> void subscribe(Class<T> type, SimpleCommandBus bus) {
        Repository<T> repository = EventSourcingRepository.builder(type).eventStore(store).build();
        repositories.put(type, repository);
        AggregateAnnotationCommandHandler.<T>builder().aggregateType(type).repository(repository).build().subscribe(bus);
    }

    /** Sends the command and waits; a refusal is thrown as the domain threw it. */
    public void send(Object command) {
        gateway.sendAndWait(command);
    }

    /** Sends every command in order. */
    public InMemoryLab given(Object... commands) {
        for (Object command : commands) {
            send(command);
        }
        return this;
    }

    /** Every event stored for the aggregate, oldest first. */
    public List<Object> events(String aggregateId) {
        return store.readEvents(aggregateId).asStream().map(Message::getPayload).map(Object.class::cast).toList();
    }

    /** Every event stored so far, of every aggregate, in the order they were stored. */
    public List<Object> allEvents() {
        return engine.readEvents(null, false).map(Message::getPayload).map(Object.class::cast).toList();
    }

    /** Reads an aggregate's current state without changing it. */
    @SuppressWarnings("unchecked")
    public <T, R> R state(Class<T> type, String aggregateId, Function<T, R> read) {
        DefaultUnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(null);
        try {
            return ((Repository<T>) repositories.get(type)).load(aggregateId).invoke(read);
        } finally {
            uow.rollback();
        }
    }
}
