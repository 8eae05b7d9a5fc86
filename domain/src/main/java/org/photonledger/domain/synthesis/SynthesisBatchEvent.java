package org.photonledger.domain.synthesis;

/** Everything that can happen to a synthesis batch. */
public sealed interface SynthesisBatchEvent permits SynthesisBatchStarted, CsOleatePrepared, PbI2SolutionPrepared,
        HotInjectionPerformed, BatchPurified, BatchStored, CsOleatePreparationCorrected,
        PbI2SolutionPreparationCorrected, HotInjectionCorrected, PurificationCorrected, StorageCorrected,
        SynthesisStepVoided, SynthesisBatchAbandoned {

    BatchId batchId();
}
