package org.photonledger.domain.cavity;

/** Everything that can happen to a cavity. */
public sealed interface CavityEvent permits CavityAssembled, CavityConfigured, DotSelectionCorrected,
        CavityConfigurationCorrected, CavityStepVoided, CavityDisassembled {

    CavityId cavityId();
}
