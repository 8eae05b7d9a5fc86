package org.photonledger.domain.cavity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.photonledger.domain.film.FilmId;
import org.photonledger.domain.mirror.MirrorId;
import org.photonledger.domain.step.StepId;

/** Close a cavity over one dot: a planar mirror carrying the film, a featured mirror and one of its features. */
public record AssembleCavity(
        @TargetAggregateIdentifier CavityId cavityId,
        StepId stepId,
        MirrorId planarMirrorId,
        FilmId filmId,
        MirrorId featuredMirrorId,
        String featureLabel,
        DotSelection dot) {
}
