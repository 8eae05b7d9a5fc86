package org.photonledger.ui.evolution;

import java.util.List;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

/**
 * Every change to a stored event's shape, as the upcasters that read the older shapes. Events are kept forever, so
 * an event type gets a new {@code @Revision} and an upcaster here instead of being edited in place.
 */
public final class SchemaEvolution {

    private SchemaEvolution() {
    }

    /** The upcasters in the order Axon applies them: oldest change first. */
    public static List<EventUpcaster> upcasters() {
        return List.of(
                // ReagentLotRegistered 1 -> 2: purityPercent (a bare number) -> purity (a quantity with its unit)
                new ReagentLotPurityUpcaster(),
                // ResultReported 1 -> 2: a report now carries its reason; older reports read with "none was recorded"
                new ResultReportedReasonUpcaster());
    }
}
