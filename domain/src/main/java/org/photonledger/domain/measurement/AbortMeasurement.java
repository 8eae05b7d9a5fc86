package org.photonledger.domain.measurement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Stop a running measurement early, saying why; the raw data taken so far is kept. */
public record AbortMeasurement(@TargetAggregateIdentifier MeasurementId measurementId, String reason) {
}
