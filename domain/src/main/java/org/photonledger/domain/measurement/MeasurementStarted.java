package org.photonledger.domain.measurement;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.photonledger.domain.units.Quantity;

/** A measurement started on its target, with its parameters and the complete instrument snapshot. */
@Revision("1")
public record MeasurementStarted(MeasurementId measurementId, MeasurementType type, MeasurementTarget target,
        List<Setting> parameters, Quantity duration, InstrumentSnapshot instruments) implements MeasurementEvent {
}
