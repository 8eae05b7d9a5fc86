package org.photonledger.domain.measurement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record, after a restart, that a measurement was still running when the application stopped. */
public record MarkMeasurementInterrupted(@TargetAggregateIdentifier MeasurementId measurementId, String note) {
}
