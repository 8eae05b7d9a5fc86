package org.photonledger.acquisition.measurement;

import java.util.ArrayList;
import java.util.List;
import org.photonledger.acquisition.correlator.CorrelationHistogram;
import org.photonledger.acquisition.correlator.CorrelationSpec;
import org.photonledger.acquisition.correlator.CrossCorrelator;
import org.photonledger.acquisition.instrument.InstrumentSet;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.acquisition.timetag.TimeBase;
import org.photonledger.domain.measurement.MeasurementType;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/**
 * Hanbury Brown–Twiss: the two SPADs behind the beam splitter, correlated live into g²(τ). Pulsed (the paper: 5 MHz;
 * the range must reach the side peaks at ±200 ns, so ±1 µs by default) or CW (±100 ns around the dip).
 */
public final class HbtPlan implements TagPlan {

    private final boolean pulsed;

    HbtPlan(boolean pulsed) {
        this.pulsed = pulsed;
    }

    @Override
    public MeasurementType type() {
        return pulsed ? MeasurementType.HBT_PULSED : MeasurementType.HBT_CW;
    }

    @Override
    public List<ParameterSpec> parameters() {
        List<ParameterSpec> specs = new ArrayList<>(pulsed ? Excitation.pulsed(1.0) : Excitation.cw(1.0));
        specs.add(new ParameterSpec("duration", "Acquisition time", Unit.SECOND, 10, 0.01, 36_000, "how long to count"));
        specs.add(new ParameterSpec("binWidth", "Histogram bin width", Unit.PICOSECOND, 100, 1, 1_000_000,
                "width of one g²(τ) bin"));
        specs.add(new ParameterSpec("range", "Delay range (±)", Unit.NANOSECOND, pulsed ? 1000 : 100, 1, 100_000,
                pulsed ? "±range around τ = 0; at 5 MHz side peaks sit every 200 ns" : "±range around τ = 0"));
        specs.add(Excitation.POLARISER_ANGLE);
        return specs;
    }

    @Override
    public Quantity duration(PlanParameters p) {
        return p.quantity("duration");
    }

    @Override
    public void configure(InstrumentSet set, PlanParameters p) {
        if (pulsed) {
            Excitation.pulsed(set, p);
        } else {
            Excitation.cw(set, p);
        }
        Excitation.polariser(set, p.get("polariserAngle"));
    }

    /**
     * The g² the run's parameters ask for: SPAD 0 → SPAD 1, their bin width, ±range rounded down to whole bins. The
     * live view and the recorded analysis both use it, so the number computed later is of the picture shown live.
     */
    public static CorrelationSpec spec(PlanParameters p) {
        long bin = p.getLong("binWidth");
        long range = Math.max(bin, Math.round(p.quantity("range").in(Unit.PICOSECOND)) / bin * bin);
        return new CorrelationSpec(0, 1, bin, range, 0);
    }

    @Override
    public LiveView view(PlanParameters p, TimeBase timeBase) {
        CorrelationSpec spec = spec(p);
        int a = spec.channelA();
        int b = spec.channelB();
        long bin = spec.binWidthPs();
        CrossCorrelator correlator = new CrossCorrelator(spec);
        return new LiveView() {
            @Override
            public synchronized void accept(TagBlock block) {
                correlator.accept(block);
            }

            @Override
            public synchronized Preview preview() {
                CorrelationHistogram h = correlator.result();
                long[] delays = h.delaysPs();
                long[] counts = h.counts();
                double[] x = new double[delays.length];
                double[] y = new double[counts.length];
                for (int i = 0; i < x.length; i++) {
                    x[i] = delays[i] / 1000.0;
                    y[i] = counts[i];
                }
                return new Preview.Curve("Coincidences, SPAD " + a + " → SPAD " + b, "τ (ns)", "coincidences per "
                        + bin + " ps bin", x, y);
            }
        };
    }
}
