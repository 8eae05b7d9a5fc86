package org.photonledger.acquisition.measurement;

import java.util.Arrays;
import java.util.List;
import org.photonledger.acquisition.instrument.InstrumentSet;
import org.photonledger.domain.measurement.MeasurementType;
import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/** A confocal scan: the stage rasters a square around the start position, photons counted at each point (Fig. 3a). */
final class ConfocalScanPlan implements TablePlan {

    @Override
    public MeasurementType type() {
        return MeasurementType.CONFOCAL_SCAN;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(Excitation.TEMPERATURE, Excitation.power(1.0),
                new ParameterSpec("size", "Scan size", Unit.MICROMETRE, 20, 0.1, 100, "side of the square scanned"),
                new ParameterSpec("step", "Step", Unit.MICROMETRE, 0.5, 0.01, 10, "distance between points"),
                new ParameterSpec("dwell", "Counting time per point", Unit.MILLISECOND, 5, 0.01, 10_000,
                        "photons are counted this long at each point"));
    }

    private static int side(PlanParameters p) {
        return (int) Math.floor(p.get("size") / p.get("step") + 1e-9) + 1;
    }

    @Override
    public Quantity duration(PlanParameters p) {
        int n = side(p);
        return Quantity.of((double) n * n * p.get("dwell"), Unit.MILLISECOND).to(Unit.SECOND);
    }

    @Override
    public void configure(InstrumentSet set, PlanParameters p) {
        if ((long) side(p) * side(p) > 250_000) {
            throw org.photonledger.domain.validation.InvalidInputException.of("parameters.step", p.get("step"),
                    "gives " + side(p) + "×" + side(p) + " points; at most 500×500");
        }
        Excitation.cw(set, p);
    }

    @Override
    public Run start(InstrumentSet set, PlanParameters p) {
        int n = side(p);
        double step = p.get("step");
        PlanePosition centre = set.stage().position();
        double cx = centre.x().in(Unit.MICROMETRE);
        double cy = centre.y().in(Unit.MICROMETRE);
        double x0 = cx - (n - 1) * step / 2;
        double y0 = cy - (n - 1) * step / 2;
        Quantity dwell = p.quantity("dwell");
        double[] counts = new double[n * n];
        Arrays.fill(counts, Double.NaN);
        return new Run() {
            private int taken;

            @Override
            public boolean step() {
                if (taken >= n * n) {
                    return false;
                }
                int row = taken / n;
                int column = taken % n;
                set.stage().moveTo(PlanePosition.of(x0 + column * step, y0 + row * step, Unit.MICROMETRE));
                long photons = Counting.photons(set, dwell);
                synchronized (this) {
                    counts[taken++] = photons;
                }
                if (taken == n * n) {
                    set.stage().moveTo(centre);
                }
                return taken < n * n;
            }

            @Override
            public double progress() {
                return (double) taken / (n * n);
            }

            @Override
            public synchronized String csv() {
                StringBuilder out = new StringBuilder("x_um,y_um,counts\n");
                for (int i = 0; i < taken; i++) {
                    out.append(x0 + (i % n) * step).append(',').append(y0 + (i / n) * step).append(',')
                            .append(Counting.number(counts[i])).append('\n');
                }
                return out.toString();
            }

            @Override
            public long rows() {
                return taken;
            }

            @Override
            public synchronized Preview preview() {
                return new Preview.Map("Confocal scan (" + dwell + " per point)", "x (µm)", "y (µm)", x0, step, y0, step,
                        n, n, counts.clone(), "photons");
            }
        };
    }
}
