package org.photonledger.domain.measurement;

import org.axonframework.serialization.Revision;

/** The application stopped while the measurement ran; found and marked at the next start. */
@Revision("1")
public record MeasurementInterrupted(MeasurementId measurementId, String note) implements MeasurementEvent {
}
