package org.photonledger.domain.film;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.photonledger.domain.step.StepId;

/** Record a measured dot density of a film; may be repeated. */
public record RecordFilmDensity(@TargetAggregateIdentifier FilmId filmId, StepId stepId, DensityMeasurement values) {
}
