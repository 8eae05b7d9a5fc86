package org.photonledger.domain.measurement;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Mark a running measurement complete, with a summary of the acquisition (rates, counts, elapsed time). */
public record CompleteMeasurement(@TargetAggregateIdentifier MeasurementId measurementId, List<Setting> summary) {
}
