package org.photonledger.domain;

import java.util.List;
import java.util.function.Function;
import org.axonframework.modelling.command.Repository;
import org.photonledger.domain.reagent.ReagentLot;

/** The event-sourced aggregates of the model, for the application's Axon configuration to register. */
public final class DomainModel {

    private DomainModel() {
    }

    public static List<Class<?>> aggregateTypes() {
        return List.of(ReagentLot.class);
    }

    /**
     * Command handlers that span several aggregates (they load them through repositories so that every change
     * of one command commits or fails together).
     */
    public static List<Object> commandHandlers(Function<Class<?>, Repository<?>> repositories) {
        return List.of();
    }
}
