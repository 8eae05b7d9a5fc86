package org.photonledger.domain.measurement;

import org.axonframework.serialization.Revision;

/** The measurement's raw data is in the raw-data store under this hash. */
@Revision("1")
public record RawDataRecorded(MeasurementId measurementId, RawDataRecord raw) implements MeasurementEvent {
}
