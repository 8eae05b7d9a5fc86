package org.photonledger.domain.sample;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Mark a sample as used up or thrown away, saying why; nothing can be derived from it any more. */
public record DiscardSample(@TargetAggregateIdentifier SampleId sampleId, String reason) {
}
