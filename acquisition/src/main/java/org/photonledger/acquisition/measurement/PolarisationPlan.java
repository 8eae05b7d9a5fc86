package org.photonledger.acquisition.measurement;

import java.util.Arrays;
import java.util.List;
import org.photonledger.acquisition.instrument.InstrumentSet;
import org.photonledger.domain.measurement.MeasurementType;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/** A polarisation series: photons counted behind the linear polariser at each angle (the paper's Fig. 2c, Malus). */
final class PolarisationPlan implements TablePlan {

    @Override
    public MeasurementType type() {
        return MeasurementType.POLARISATION_SERIES;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(Excitation.TEMPERATURE, Excitation.power(1.0),
                new ParameterSpec("angleStep", "Angle step", Unit.DEGREE, 10, 0.5, 90, "polariser step from 0° to 360°"),
                new ParameterSpec("dwell", "Counting time per angle", Unit.SECOND, 0.5, 0.001, 600,
                        "photons are counted this long at each angle"));
    }

    private static int points(PlanParameters p) {
        return (int) Math.floor(360.0 / p.get("angleStep") + 1e-9) + 1;
    }

    @Override
    public Quantity duration(PlanParameters p) {
        return Quantity.of(points(p) * p.get("dwell"), Unit.SECOND);
    }

    @Override
    public void configure(InstrumentSet set, PlanParameters p) {
        Excitation.cw(set, p);
        Excitation.polariser(set, 0);
    }

    @Override
    public Run start(InstrumentSet set, PlanParameters p) {
        int points = points(p);
        double step = p.get("angleStep");
        Quantity dwell = p.quantity("dwell");
        double[] angles = new double[points];
        double[] counts = new double[points];
        Arrays.fill(counts, Double.NaN);
        for (int i = 0; i < points; i++) {
            angles[i] = i * step;
        }
        return new Run() {
            private int taken;

            @Override
            public boolean step() {
                if (taken >= points) {
                    return false;
                }
                set.polariser().setAngle(Quantity.of(angles[taken], Unit.DEGREE));
                long n = Counting.photons(set, dwell);
                synchronized (this) {
                    counts[taken++] = n;
                }
                return taken < points;
            }

            @Override
            public double progress() {
                return (double) taken / points;
            }

            @Override
            public synchronized String csv() {
                StringBuilder out = new StringBuilder("angle_deg,counts\n");
                for (int i = 0; i < taken; i++) {
                    out.append(Counting.number(angles[i])).append(',').append(Counting.number(counts[i])).append('\n');
                }
                return out.toString();
            }

            @Override
            public long rows() {
                return taken;
            }

            @Override
            public synchronized Preview preview() {
                return new Preview.Curve("Photons behind the polariser (" + dwell + " per angle)", "polariser angle (°)",
                        "photons", Arrays.copyOf(angles, taken), Arrays.copyOf(counts, taken));
            }
        };
    }
}
