package org.photonledger.acquisition.measurement;

import org.photonledger.acquisition.instrument.InstrumentSet;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.acquisition.timetag.TagSource;
import org.photonledger.acquisition.timetag.TimeBase;

/** A measurement whose raw data is the time-tag stream (TRPL, blinking trace, HBT): stored whole, previewed live. */
public non-sealed interface TagPlan extends MeasurementPlan {

    /** The tags of the whole run (lazy); the runner stores them and feeds the preview. */
    default TagSource acquire(InstrumentSet set, PlanParameters parameters) {
        return set.timeTagger().acquire(duration(parameters));
    }

    /** A fresh live view of the run for a stream with this time base. */
    LiveView view(PlanParameters parameters, TimeBase timeBase);

    /** Accumulates the tags into what the user watches; called from the acquisition thread only. */
    interface LiveView {

        void accept(TagBlock block);

        /** The current picture; may be called from another thread, so implementations copy under a lock. */
        Preview preview();
    }
}
