package org.photonledger.domain.film;

import org.axonframework.serialization.Revision;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.step.StepVoid;

/** A recorded film step was declared void; it stays in the history, marked void. */
@Revision("1")
public record FilmStepVoided(FilmId filmId, StepId stepId, String reason) implements FilmEvent, StepVoid {
}
