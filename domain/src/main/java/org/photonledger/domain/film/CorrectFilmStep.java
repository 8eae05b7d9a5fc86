package org.photonledger.domain.film;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.photonledger.domain.step.StepId;

/** Replace the values of a recorded film step with corrected ones of the same kind, saying why. */
public record CorrectFilmStep(
        @TargetAggregateIdentifier FilmId filmId,
        StepId stepId,
        FilmStep newValues,
        String reason) {
}
