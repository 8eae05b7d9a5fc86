package org.photonledger.domain.measurement;

import org.axonframework.serialization.Revision;

/** A user stopped the measurement early, for this reason. */
@Revision("1")
public record MeasurementAborted(MeasurementId measurementId, String reason) implements MeasurementEvent {
}
