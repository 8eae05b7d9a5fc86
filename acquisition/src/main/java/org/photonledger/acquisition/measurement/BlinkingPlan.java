package org.photonledger.acquisition.measurement;

import java.util.ArrayList;
import java.util.List;
import org.photonledger.acquisition.correlator.CountRateTrace;
import org.photonledger.acquisition.correlator.CountRateTracer;
import org.photonledger.acquisition.instrument.InstrumentSet;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.acquisition.timetag.TimeBase;
import org.photonledger.domain.measurement.MeasurementType;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/** Blinking or count-rate trace under CW excitation: photons per bin (the paper: 5 ms bins) over time. */
final class BlinkingPlan implements TagPlan {

    @Override
    public MeasurementType type() {
        return MeasurementType.BLINKING_TRACE;
    }

    @Override
    public List<ParameterSpec> parameters() {
        List<ParameterSpec> specs = new ArrayList<>(Excitation.cw(1.0));
        specs.add(new ParameterSpec("duration", "Acquisition time", Unit.SECOND, 30, 0.01, 36_000, "how long to count"));
        specs.add(new ParameterSpec("binWidth", "Trace bin width", Unit.MILLISECOND, 5, 0.01, 10_000,
                "photons are counted in bins of this width"));
        return specs;
    }

    @Override
    public Quantity duration(PlanParameters p) {
        return p.quantity("duration");
    }

    @Override
    public void configure(InstrumentSet set, PlanParameters p) {
        Excitation.cw(set, p);
    }

    @Override
    public LiveView view(PlanParameters p, TimeBase timeBase) {
        long binPs = Math.round(p.quantity("binWidth").in(Unit.PICOSECOND));
        CountRateTracer tracer = new CountRateTracer(binPs, null);
        return new LiveView() {
            @Override
            public synchronized void accept(TagBlock block) {
                tracer.accept(block);
            }

            @Override
            public synchronized Preview preview() {
                CountRateTrace t = tracer.result();
                double[] y = t.total();
                double[] x = new double[y.length];
                for (int i = 0; i < x.length; i++) {
                    x[i] = i * binPs / 1e12;
                }
                return new Preview.Curve("Photons per " + p.quantity("binWidth").value() + " ms bin", "time (s)",
                        "photons per bin", x, y);
            }
        };
    }
}
