package org.photonledger.ui.figure;

import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;

/** The events of one aggregate, in order: from the running application's event store or read offline by the CLI. */
@FunctionalInterface
public interface LedgerEvents {

    List<? extends DomainEventMessage<?>> of(String aggregateId);

    /** The payloads of one aggregate's events, in order. */
    default List<Object> payloads(String aggregateId) {
        return of(aggregateId).stream().<Object>map(DomainEventMessage::getPayload).toList();
    }
}
