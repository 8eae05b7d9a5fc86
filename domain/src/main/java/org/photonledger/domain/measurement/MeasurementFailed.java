package org.photonledger.domain.measurement;

import org.axonframework.serialization.Revision;

/** The measurement ended on an instrument or acquisition error, with the error's message. */
@Revision("1")
public record MeasurementFailed(MeasurementId measurementId, String message) implements MeasurementEvent {
}
