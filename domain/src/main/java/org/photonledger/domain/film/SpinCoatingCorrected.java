package org.photonledger.domain.film;

import org.axonframework.serialization.Revision;
import org.photonledger.domain.step.StepCorrection;
import org.photonledger.domain.step.StepId;

/** The recorded spin-coating values were corrected; the earlier ones stay in the history. */
@Revision("1")
public record SpinCoatingCorrected(
        FilmId filmId,
        StepId stepId,
        SpinCoating values,
        String reason) implements FilmEvent, StepCorrection {
}
