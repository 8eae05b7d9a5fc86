package org.photonledger.domain.cavity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.photonledger.domain.step.StepId;

/**
 * Record one setting of an assembled cavity; its figures (finesse, Q, V, Purcell) are derived and stored with it.
 */
public record ConfigureCavity(@TargetAggregateIdentifier CavityId cavityId, StepId stepId, CavityConfiguration values) {
}
