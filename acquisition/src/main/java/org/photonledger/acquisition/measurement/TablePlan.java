package org.photonledger.acquisition.measurement;

import org.photonledger.acquisition.instrument.InstrumentSet;

/**
 * A measurement stepped point by point (spectra, polarisation series, confocal scan, cavity sweep), whose raw data
 * is a table stored as CSV.
 */
public non-sealed interface TablePlan extends MeasurementPlan {

    /** Starts a run; the runner calls {@link Run#step()} until it returns false or the run is stopped. */
    Run start(InstrumentSet set, PlanParameters parameters);

    /** One run in progress. */
    interface Run {

        /** Takes the next point (or frame); false when every point is taken. */
        boolean step();

        /** Fraction of points taken, in [0, 1]. */
        double progress();

        /** Rows taken so far, as CSV with a header line (units in the column names). */
        String csv();

        /** Rows taken so far. */
        long rows();

        Preview preview();
    }
}
