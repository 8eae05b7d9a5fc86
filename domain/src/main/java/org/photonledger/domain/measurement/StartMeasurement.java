package org.photonledger.domain.measurement;

import java.util.List;
import org.photonledger.domain.cavity.CavityId;
import org.photonledger.domain.film.FilmId;
import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.units.Quantity;

/**
 * Start a measurement on a cavity (its current configuration) or at a position on a film, with the plan's
 * parameters and the instruments' full settings as they were configured for it.
 */
public record StartMeasurement(MeasurementId measurementId, MeasurementType type, CavityId cavityId, FilmId filmId,
        PlanePosition position, List<Setting> parameters, Quantity duration, InstrumentSnapshot instruments) {
}
