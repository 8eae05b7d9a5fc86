package org.photonledger.domain.film;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.photonledger.domain.step.StepId;

/** Declare a recorded film step void, saying why; voiding the spin-coating voids the film. */
public record VoidFilmStep(@TargetAggregateIdentifier FilmId filmId, StepId stepId, String reason) {
}
