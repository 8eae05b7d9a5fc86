package org.photonledger.ui.figure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.photonledger.processing.sample.SampleQueries;
import org.photonledger.ui.export.Exports;
import org.photonledger.ui.measurement.MeasurementService;

/** The exports (PROV-JSON, RO-Crate) over this application's ledger and raw data. */
@ApplicationScoped
public class FigureExportService {

    @Inject
    FigureService figures;

    @Inject
    SampleQueries samples;

    @Inject
    MeasurementService measurements;

    public Exports exports() {
        return new Exports(figures.lab(), samples, measurements.rawStore());
    }
}
