package org.photonledger.domain.film;

import org.axonframework.serialization.Revision;
import org.photonledger.domain.sample.SampleId;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.step.StepRecord;

/** A film was spin-coated from a sample onto its substrate; the film's record starts here. */
@Revision("1")
public record FilmSpinCoated(FilmId filmId, StepId stepId, SampleId sampleId, FilmSubstrate substrate, String label,
        SpinCoating values) implements FilmEvent, StepRecord {
}
