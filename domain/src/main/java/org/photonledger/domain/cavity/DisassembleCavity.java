package org.photonledger.domain.cavity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Open the cavity for good; it can no longer be configured. The reason is optional (e.g. "measurements done"). */
public record DisassembleCavity(@TargetAggregateIdentifier CavityId cavityId, String reason) {
}
