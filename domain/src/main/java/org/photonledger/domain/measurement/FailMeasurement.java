package org.photonledger.domain.measurement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that an instrument or the acquisition failed a running measurement. */
public record FailMeasurement(@TargetAggregateIdentifier MeasurementId measurementId, String message) {
}
