package org.photonledger.domain.sample;

/** Everything that can happen to a quantum-dot sample. */
public sealed interface QdSampleEvent permits EdtaTreatmentRecorded, SizeSelectionRecorded, PmmaDispersionRecorded,
        EdtaTreatmentCorrected, SizeSelectionCorrected, PmmaDispersionCorrected, SampleStepVoided, SampleDiscarded {

    SampleId sampleId();
}
