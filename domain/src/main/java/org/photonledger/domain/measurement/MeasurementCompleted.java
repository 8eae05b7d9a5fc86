package org.photonledger.domain.measurement;

import java.util.List;
import org.axonframework.serialization.Revision;

/** The measurement ran its full course; its raw data was recorded before this. */
@Revision("1")
public record MeasurementCompleted(MeasurementId measurementId, List<Setting> summary) implements MeasurementEvent {
}
