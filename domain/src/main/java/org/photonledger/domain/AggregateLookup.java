package org.photonledger.domain;

import java.util.Optional;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * Loads an aggregate that a command refers to by id, inside the command's unit of work. Empty when there is no
 * aggregate of that type with that id: none at all, or one of another type (a sample id given as a batch), which
 * the event store cannot tell apart by id alone.
 */
public final class AggregateLookup {

    private AggregateLookup() {
    }

    public static <T> Optional<Aggregate<T>> find(Repository<T> repository, String id) {
        try {
            return Optional.of(repository.load(id));
        } catch (AggregateNotFoundException | IncompatibleAggregateException e) {
            return Optional.empty();
        }
    }
}
