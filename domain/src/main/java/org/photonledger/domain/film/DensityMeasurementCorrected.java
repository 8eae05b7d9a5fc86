package org.photonledger.domain.film;

import org.axonframework.serialization.Revision;
import org.photonledger.domain.step.StepCorrection;
import org.photonledger.domain.step.StepId;

/** A recorded density measurement was corrected; the earlier value stays in the history. */
@Revision("1")
public record DensityMeasurementCorrected(
        FilmId filmId,
        StepId stepId,
        DensityMeasurement values,
        String reason) implements FilmEvent, StepCorrection {
}
