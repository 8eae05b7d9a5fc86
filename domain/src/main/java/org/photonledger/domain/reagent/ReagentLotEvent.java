package org.photonledger.domain.reagent;

/** Everything that can happen to a reagent lot. */
public sealed interface ReagentLotEvent permits ReagentLotRegistered, ReagentConsumed, ReagentRestored {

    ReagentLotId lotId();
}
