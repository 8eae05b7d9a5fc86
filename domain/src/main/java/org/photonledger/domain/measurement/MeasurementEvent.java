package org.photonledger.domain.measurement;

/** Everything that can happen to a measurement run. */
public sealed interface MeasurementEvent permits MeasurementStarted, RawDataRecorded, MeasurementCompleted,
        MeasurementAborted, MeasurementFailed, MeasurementInterrupted {

    MeasurementId measurementId();
}
