package org.photonledger.acquisition.measurement;

import java.util.Map;
import org.photonledger.acquisition.instrument.Specimen;
import org.photonledger.domain.cavity.CavityId;
import org.photonledger.domain.film.FilmId;
import org.photonledger.domain.measurement.MeasurementId;
import org.photonledger.domain.measurement.MeasurementType;
import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.units.Quantity;

/**
 * What a user asked for: a measurement type on a cavity or at a film position, with parameter values as text
 * ("100 ps"; missing ones take the plan's defaults), and the specimen as the lab's records describe it.
 *
 * @param position       the film position to measure, or the cavity's dot (where the stage goes)
 * @param cavityLength   the cavity's configured mirror separation (null for a film)
 */
public record MeasurementRequest(MeasurementId measurementId, MeasurementType type, CavityId cavityId, FilmId filmId,
        PlanePosition position, Quantity cavityLength, Specimen specimen, Map<String, String> parameters) {

    public MeasurementRequest {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }
}
