package org.photonledger.domain.film;

import org.axonframework.serialization.Revision;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.step.StepRecord;

/** The film's dot density was measured. */
@Revision("1")
public record FilmDensityMeasured(
        FilmId filmId,
        StepId stepId,
        DensityMeasurement values) implements FilmEvent, StepRecord {
}
