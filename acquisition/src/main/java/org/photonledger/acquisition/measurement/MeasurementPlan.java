package org.photonledger.acquisition.measurement;

import java.util.List;
import org.photonledger.acquisition.instrument.InstrumentSet;
import org.photonledger.domain.measurement.MeasurementType;
import org.photonledger.domain.units.Quantity;

/**
 * How one kind of measurement drives the instruments: its parameters (with the paper's defaults), how it sets the
 * instruments up, and the acquisition itself. Plans know only the ports, never whether the lab is simulated.
 */
public sealed interface MeasurementPlan permits TagPlan, TablePlan {

    MeasurementType type();

    List<ParameterSpec> parameters();

    /** The acquisition time the run will take with these parameters. */
    Quantity duration(PlanParameters parameters);

    /** Sets every instrument for the run (lasers, polariser, stage, tagger, ...); refusals are InstrumentExceptions. */
    void configure(InstrumentSet set, PlanParameters parameters);
}
