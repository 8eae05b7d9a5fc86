package org.photonledger.domain.synthesis;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give up a batch, saying why; no further steps can be recorded and no sample can be derived from it. */
public record AbandonSynthesisBatch(@TargetAggregateIdentifier BatchId batchId, String reason) {
}
