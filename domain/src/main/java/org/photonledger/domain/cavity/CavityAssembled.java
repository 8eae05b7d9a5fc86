package org.photonledger.domain.cavity;

import org.axonframework.serialization.Revision;
import org.photonledger.domain.film.FilmId;
import org.photonledger.domain.mirror.MilledFeature;
import org.photonledger.domain.mirror.MirrorId;
import org.photonledger.domain.mirror.ReflectivityMeasurement;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.step.StepRecord;

/**
 * A cavity was assembled over one dot. The feature used and both mirrors' reflectivities are copied in as they
 * were at assembly, because every configuration's figures are derived from them.
 */
@Revision("1")
public record CavityAssembled(
        CavityId cavityId,
        StepId stepId,
        MirrorId planarMirrorId,
        FilmId filmId,
        MirrorId featuredMirrorId,
        MilledFeature feature,
        DotSelection dot,
        ReflectivityMeasurement planarReflectivity,
        ReflectivityMeasurement featuredReflectivity) implements CavityEvent, StepRecord {
}
