package org.photonledger.domain;

import java.util.List;
import org.photonledger.domain.reagent.ReagentLot;

/** The event-sourced aggregates of the model, for the application's Axon configuration to register. */
public final class DomainModel {

    private DomainModel() {
    }

    public static List<Class<?>> aggregateTypes() {
        return List.of(ReagentLot.class);
    }
}
