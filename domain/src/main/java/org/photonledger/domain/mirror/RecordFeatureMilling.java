package org.photonledger.domain.mirror;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.photonledger.domain.step.StepId;

/** Record concave features milled into a featured mirror's plinth (before its DBR coating). */
public record RecordFeatureMilling(@TargetAggregateIdentifier MirrorId mirrorId, StepId stepId, FeatureMilling values) {
}
