package org.photonledger.acquisition.measurement;

import java.util.ArrayList;
import java.util.List;
import org.photonledger.acquisition.correlator.LifetimeHistogrammer;
import org.photonledger.acquisition.correlator.LifetimeHistograms;
import org.photonledger.acquisition.instrument.InstrumentException;
import org.photonledger.acquisition.instrument.InstrumentSet;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.acquisition.timetag.TagMode;
import org.photonledger.acquisition.timetag.TimeBase;
import org.photonledger.domain.measurement.MeasurementType;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/** Time-resolved PL: pulsed excitation, photon delays after the laser pulse histogrammed live (the paper: 0.3 µW). */
final class TrplPlan implements TagPlan {

    @Override
    public MeasurementType type() {
        return MeasurementType.TRPL;
    }

    @Override
    public List<ParameterSpec> parameters() {
        List<ParameterSpec> specs = new ArrayList<>(Excitation.pulsed(0.3));
        specs.add(new ParameterSpec("duration", "Acquisition time", Unit.SECOND, 10, 0.01, 36_000, "how long to count"));
        specs.add(new ParameterSpec("binWidth", "Histogram bin width", Unit.PICOSECOND, 16, 1, 100_000,
                "width of one delay bin"));
        return specs;
    }

    @Override
    public Quantity duration(PlanParameters p) {
        return p.quantity("duration");
    }

    @Override
    public void configure(InstrumentSet set, PlanParameters p) {
        Excitation.pulsed(set, p);
    }

    @Override
    public LiveView view(PlanParameters p, TimeBase timeBase) {
        if (timeBase.mode() != TagMode.T3) {
            throw new InstrumentException("time tagger: a lifetime measurement needs delays after the laser sync (T3 "
                    + "mode) but the tagger delivers " + timeBase.mode());
        }
        long bin = p.getLong("binWidth");
        LifetimeHistogrammer histogrammer = LifetimeHistogrammer.t3(timeBase, null, bin);
        return new LiveView() {
            @Override
            public synchronized void accept(TagBlock block) {
                histogrammer.accept(block);
            }

            @Override
            public synchronized Preview preview() {
                LifetimeHistograms h = histogrammer.result();
                double[] y = h.total();
                double[] x = new double[y.length];
                for (int i = 0; i < x.length; i++) {
                    x[i] = i * h.binWidthPs() / 1000.0;
                }
                return new Preview.Curve("PL decay after the laser pulse", "delay (ns)", "photons per " + bin
                        + " ps bin", x, y);
            }
        };
    }
}
