package org.photonledger.processing.analysis;

/** Ready-made simulated histograms for tests outside this package (the command-line tests). */
public final class SimulatedData {

    private final Simulated simulated;

    public SimulatedData(long seed) {
        this.simulated = new Simulated(seed);
    }

    /** Pulsed HBT: 12.5 ns period, 0.5 ns lifetime, ±100 ns in 32 ps bins, 4000 counts per side peak. */
    public Histogram pulsedG2(double g2Zero) {
        return simulated.pulsedG2(Simulated.PulsedG2.typical().withG2(g2Zero));
    }

    /** CW HBT: g0 = 0.1, τ0 = 2 ns, τd = 300 ps, ±50 ns in 100 ps bins, 400 counts per bin at long delays. */
    public Histogram cwG2() {
        return simulated.cwG2(Simulated.CwG2.typical());
    }

    /** A mono-exponential decay of {@code tauPs}: 16 ps bins below 1 ns, else 128 ps; amplitude 5000 × {@code scale}. */
    public Histogram decay(double tauPs, double scale) {
        Simulated.Decay d = Simulated.Decay.mono(tauPs, tauPs < 1000 ? 16 : 128);
        return simulated.decay(new Simulated.Decay(d.amplitude() * scale, d.tauPs(), 0, 1, d.onsetPs(), d.irfSigmaPs(),
                d.backgroundPerBin(), d.binPs(), d.bins()));
    }

    /** A minute of 5 ms bins: on 50, off 3 counts per bin, mean on 100 ms, off 60 ms. */
    public double[] telegraph() {
        return simulated.telegraph(new Simulated.Telegraph(50, 3, 100, 60, 5, 12_000), new boolean[12_000]);
    }

    /** The paper's cavity line: Lorentzian at 677 nm, 1.1 nm FWHM, 670–684 nm in 0.05 nm steps. */
    public Histogram line() {
        return simulated.line(new Simulated.Line(Spectrum.Shape.LORENTZIAN, 2000, 677, 1.1, 50, 670, 0.05, 281));
    }

    /** Malus series with Imin = 300, Imax = 700 (DOLP 0.4) and θ0 = 35°. */
    public double[] malus(double[] anglesDeg) {
        return simulated.malus(anglesDeg, 300, 700, 35);
    }
}
