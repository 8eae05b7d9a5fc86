package org.photonledger.domain.mirror;

/** Everything that can happen to a mirror. */
public sealed interface MirrorEvent permits MirrorSubstratePrepared, FeaturesMilled, DbrCoated, ReflectivityCharacterised,
        SubstratePreparationCorrected, FeatureMillingCorrected, DbrCoatingCorrected, ReflectivityMeasurementCorrected,
        MirrorStepVoided {

    MirrorId mirrorId();
}
