package org.photonledger.processing.simlab;

import java.util.List;
import java.util.Locale;
import org.photonledger.acquisition.correlator.CorrelationHistogram;
import org.photonledger.acquisition.correlator.LifetimeHistograms;
import org.photonledger.acquisition.instrument.Specimen;
import org.photonledger.acquisition.simlab.DotModel;
import org.photonledger.acquisition.simlab.LabModel;
import org.photonledger.acquisition.simlab.QuantumDot;
import org.photonledger.acquisition.simlab.SimulatedLab;
import org.photonledger.domain.measurement.Setting;
import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.processing.analysis.Estimate;
import org.photonledger.processing.analysis.Histogram;

/** Labs, specimens, ground truth and histogram conversions for the statistics tests. */
final class SimLabs {

    static final Specimen.Film GLASS = new Specimen.Film("stats-glass", null, false, 99L);
    static final Specimen.Film MIRROR = new Specimen.Film("stats-mirror", null, true, 4242L);

    private SimLabs() {
    }

    /** The paper's cavity (q = 3 at 677 nm, F = 100, F_P = 4.716) over a dot at (3, 4) µm of the mirror film. */
    static Specimen.Cavity paperCavity() {
        return new Specimen.Cavity("stats-cavity", MIRROR, PlanePosition.of(3, 4, Unit.MICROMETRE), 3,
                Quantity.of(1.0155, Unit.MICROMETRE), Quantity.of(677, Unit.NANOMETRE), 100, 4.716, 7L);
    }

    /** Dots that neither blink nor bleach: the tests of other quantities need a steady source. */
    static SimulatedLab steady(long seed) {
        return new SimulatedLab(seed, LabModel.defaults().withDots(DotModel.defaults().steady()));
    }

    /** The dot nearest the origin with no other dot within 2 µm; the stage is moved onto it. */
    static QuantumDot onIsolatedDot(SimulatedLab lab) {
        List<QuantumDot> dots = lab.dots(PlanePosition.of(0, 0, Unit.MICROMETRE), Quantity.of(20, Unit.MICROMETRE));
        for (QuantumDot dot : dots) {
            if (lab.dots(dot.position(), Quantity.of(2, Unit.MICROMETRE)).size() == 1) {
                lab.stage().moveTo(dot.position());
                return dot;
            }
        }
        throw new AssertionError("no isolated dot within 20 µm of the origin");
    }

    /** A ground-truth number of the snapshot's specimen entry. */
    static double truth(SimulatedLab lab, String name) {
        Setting s = lab.snapshot().setting("specimen", name)
                .orElseThrow(() -> new AssertionError("no setting " + name + " in the specimen entry"));
        return Double.parseDouble(s.value());
    }

    /** A number of some instrument's settings. */
    static double setting(SimulatedLab lab, String instrument, String name) {
        return Double.parseDouble(lab.snapshot().setting(instrument, name).orElseThrow().value());
    }

    /** A correlation histogram as the analysis takes it: delay in ps, counts. */
    static Histogram histogram(CorrelationHistogram h) {
        double[] x = new double[h.bins()];
        double[] y = new double[h.bins()];
        for (int i = 0; i < x.length; i++) {
            x[i] = h.spec().delayPs(i);
            y[i] = h.count(i);
        }
        return new Histogram(x, y);
    }

    /** One channel's lifetime histogram, bin centres in ps. */
    static Histogram histogram(LifetimeHistograms h, int channel) {
        long[] counts = h.of(channel);
        double[] x = new double[counts.length];
        double[] y = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            x[i] = (i + 0.5) * h.binWidthPs();
            y[i] = counts[i];
        }
        return new Histogram(x, y);
    }

    /** Sum of two channels' lifetime histograms (they share bins). */
    static Histogram histogram(LifetimeHistograms h) {
        long[] a = h.of(0);
        long[] b = h.of(1);
        int n = Math.max(a.length, b.length);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = (i + 0.5) * h.binWidthPs();
            y[i] = (i < a.length ? a[i] : 0) + (i < b.length ? b[i] : 0);
        }
        return new Histogram(x, y);
    }

    /**
     * Prints truth against estimate (and the pull) to the test output, so that the margins of the statistics tests
     * can be read in the surefire reports.
     */
    static void report(String what, double truth, Estimate estimate) {
        System.out.printf(Locale.ROOT, "[sim-stats] %s: truth %.6g, recovered %.6g ± %.2g (pull %+.2f)%n", what, truth,
                estimate.value(), estimate.sigma(), estimate.pull(truth));
    }

    static Quantity microwatt(double v) {
        return Quantity.of(v, Unit.MICROWATT);
    }

    /**
     * An acquisition time, multiplied by the system property {@code simlab.statistics.scale} (default 1): run the
     * statistics tests with {@code -Dsimlab.statistics.scale=10} to look for biases below their default σ.
     */
    static Quantity seconds(double v) {
        return Quantity.of(v * scale(), Unit.SECOND);
    }

    static double scale() {
        return Double.parseDouble(System.getProperty("simlab.statistics.scale", "1"));
    }
}
