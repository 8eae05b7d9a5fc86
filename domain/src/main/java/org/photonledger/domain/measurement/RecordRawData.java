package org.photonledger.domain.measurement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the raw data a running measurement wrote to the raw-data store. */
public record RecordRawData(@TargetAggregateIdentifier MeasurementId measurementId, RawDataRecord raw) {
}
