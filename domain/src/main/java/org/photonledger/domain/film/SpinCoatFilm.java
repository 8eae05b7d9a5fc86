package org.photonledger.domain.film;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.photonledger.domain.sample.SampleId;
import org.photonledger.domain.step.StepId;

/** Record a film spin-coated from a sample onto a planar mirror or a glass coverslip. */
public record SpinCoatFilm(
        @TargetAggregateIdentifier FilmId filmId,
        StepId stepId,
        SampleId sampleId,
        FilmSubstrate substrate,
        String label,
        SpinCoating values) {
}
