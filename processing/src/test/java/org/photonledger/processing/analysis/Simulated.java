package org.photonledger.processing.analysis;

import java.util.function.DoubleUnaryOperator;
import org.hipparchus.random.RandomDataGenerator;

/** Seeded simulations of the lab's histograms with known parameters and Poisson noise, for the fit tests. */
final class Simulated {

    private final RandomDataGenerator random;

    Simulated(long seed) {
        this.random = new RandomDataGenerator(seed);
    }

    /**
     * A pulsed HBT histogram: peaks every {@code periodPs} at {@code zeroPs} + k·period, each a two-sided
     * exponential of the emitter lifetime (the correlation of two exponential decays), side-peak area
     * {@code sideArea}, central area g²(0)·sideArea, a flat background per bin, and optional blinking
     * bunching g²(kT) × (1 + c·e^{−|kT|/τb}) on every peak including the centre.
     */
    record PulsedG2(double periodPs, double lifetimePs, double g2Zero, double sideArea, double backgroundPerBin,
            double zeroPs, double binPs, double halfRangePs, double blinkingContrast, double blinkingTimePs) {

        static PulsedG2 typical() {
            return new PulsedG2(12_500, 500, 0.06, 4000, 0, 0, 32, 100_000, 0, 1);
        }

        PulsedG2 withG2(double g2) {
            return new PulsedG2(periodPs, lifetimePs, g2, sideArea, backgroundPerBin, zeroPs, binPs, halfRangePs,
                    blinkingContrast, blinkingTimePs);
        }

        PulsedG2 withBackground(double perBin) {
            return new PulsedG2(periodPs, lifetimePs, g2Zero, sideArea, perBin, zeroPs, binPs, halfRangePs,
                    blinkingContrast, blinkingTimePs);
        }

        PulsedG2 withZeroPs(double ps) {
            return new PulsedG2(periodPs, lifetimePs, g2Zero, sideArea, backgroundPerBin, ps, binPs, halfRangePs,
                    blinkingContrast, blinkingTimePs);
        }

        PulsedG2 withBlinking(double contrast, double timePs) {
            return new PulsedG2(periodPs, lifetimePs, g2Zero, sideArea, backgroundPerBin, zeroPs, binPs, halfRangePs,
                    contrast, timePs);
        }

        PulsedG2 withHalfRangePs(double ps) {
            return new PulsedG2(periodPs, lifetimePs, g2Zero, sideArea, backgroundPerBin, zeroPs, binPs, ps,
                    blinkingContrast, blinkingTimePs);
        }

        /** Expected area of peak k (k = 0 is the zero-delay peak). */
        double area(int k) {
            double bunching = 1 + blinkingContrast * Math.exp(-Math.abs(k) * periodPs / blinkingTimePs);
            return (k == 0 ? g2Zero : 1.0) * sideArea * bunching;
        }

        double[] expected() {
            int bins = (int) Math.round(2 * halfRangePs / binPs);
            double[] mu = new double[bins];
            int kMax = (int) Math.ceil((halfRangePs + Math.abs(zeroPs)) / periodPs) + 2;
            for (int i = 0; i < bins; i++) {
                double a = -halfRangePs + i * binPs;
                double b = a + binPs;
                double s = backgroundPerBin;
                for (int k = -kMax; k <= kMax; k++) {
                    double t = zeroPs + k * periodPs;
                    s += area(k) * (cdf(b - t) - cdf(a - t));
                }
                mu[i] = s;
            }
            return mu;
        }

        private double cdf(double u) {
            return u < 0 ? 0.5 * Math.exp(u / lifetimePs) : 1 - 0.5 * Math.exp(-u / lifetimePs);
        }

        double firstCentre() {
            return -halfRangePs + binPs / 2;
        }
    }

    Histogram pulsedG2(PulsedG2 truth) {
        return Histogram.uniform(truth.firstCentre(), truth.binPs(), poisson(truth.expected()));
    }

    /**
     * CW g²: level·g²(τ) with the model, convolved numerically (fine grid) with a Gaussian jitter,
     * so the analytic convolution in {@link CwG2} is checked, not copied.
     */
    record CwG2(double level, double g0, double tau0Ps, double a, double tau1Ps, double delayPs, double jitterFwhmPs,
            double binPs, double halfRangePs) {

        static CwG2 typical() {
            return new CwG2(400, 0.1, 2000, 0, 1, 300, 0, 100, 50_000);
        }

        CwG2 withBunching(double amplitude, double tauPs) {
            return new CwG2(level, g0, tau0Ps, amplitude, tauPs, delayPs, jitterFwhmPs, binPs, halfRangePs);
        }

        CwG2 withJitterFwhmPs(double ps) {
            return new CwG2(level, g0, tau0Ps, a, tau1Ps, delayPs, ps, binPs, halfRangePs);
        }

        double ideal(double tau) {
            double u = Math.abs(tau - delayPs);
            return 1 - (1 - g0) * ((1 + a) * Math.exp(-u / tau0Ps) - a * Math.exp(-u / tau1Ps));
        }

        double[] expected() {
            int bins = (int) Math.round(2 * halfRangePs / binPs);
            double[] mu = new double[bins];
            double sigma = jitterFwhmPs / (2 * Math.sqrt(2 * Math.log(2)));
            for (int i = 0; i < bins; i++) {
                double centre = -halfRangePs + (i + 0.5) * binPs;
                mu[i] = level * (sigma == 0 ? ideal(centre) : smeared(this::ideal, centre, sigma));
            }
            return mu;
        }
    }

    Histogram cwG2(CwG2 truth) {
        return Histogram.uniform(-truth.halfRangePs() + truth.binPs() / 2, truth.binPs(), poisson(truth.expected()));
    }

    /** Decay A·e^{−(t−t0)/τ}(+ second component) from t0, smeared by a Gaussian IRF, plus background. */
    record Decay(double amplitude, double tauPs, double amplitude2, double tau2Ps, double onsetPs, double irfSigmaPs,
            double backgroundPerBin, double binPs, int bins) {

        static Decay mono(double tauPs, double binPs) {
            return new Decay(5000, tauPs, 0, 1, 40 * binPs, 2 * binPs, 2, binPs, 1000);
        }

        Decay withIrfSigmaPs(double ps) {
            return new Decay(amplitude, tauPs, amplitude2, tau2Ps, onsetPs, ps, backgroundPerBin, binPs, bins);
        }

        Decay withSecond(double amplitude2, double tau2Ps) {
            return new Decay(amplitude, tauPs, amplitude2, tau2Ps, onsetPs, irfSigmaPs, backgroundPerBin, binPs, bins);
        }

        double ideal(double t) {
            if (t < onsetPs) {
                return 0;
            }
            return amplitude * Math.exp(-(t - onsetPs) / tauPs) + amplitude2 * Math.exp(-(t - onsetPs) / tau2Ps);
        }

        double[] expected() {
            double[] mu = new double[bins];
            for (int i = 0; i < bins; i++) {
                double centre = (i + 0.5) * binPs;
                mu[i] = backgroundPerBin + (irfSigmaPs > 0 ? smeared(this::ideal, centre, irfSigmaPs) : ideal(centre));
            }
            return mu;
        }

        /** The IRF alone, normalised to {@code counts} photons. */
        double[] irf(double counts) {
            double[] mu = new double[bins];
            for (int i = 0; i < bins; i++) {
                double centre = (i + 0.5) * binPs;
                double u = (centre - onsetPs) / irfSigmaPs;
                mu[i] = counts * binPs * Math.exp(-u * u / 2) / (irfSigmaPs * Math.sqrt(2 * Math.PI));
            }
            return mu;
        }
    }

    Histogram decay(Decay truth) {
        return Histogram.uniform(truth.binPs() / 2, truth.binPs(), poisson(truth.expected()));
    }

    Histogram irf(Decay truth, double counts) {
        return Histogram.uniform(truth.binPs() / 2, truth.binPs(), poisson(truth.irf(counts)));
    }

    /** A Lorentzian or Gaussian line of given FWHM on a flat background, sampled at equal steps in nm. */
    record Line(Spectrum.Shape shape, double amplitude, double centreNm, double fwhmNm, double background, double fromNm,
            double stepNm, int points) {

        double value(double nm) {
            double u = (nm - centreNm) / fwhmNm;
            return background + (shape == Spectrum.Shape.LORENTZIAN
                    ? amplitude / (1 + 4 * u * u)
                    : amplitude * Math.exp(-4 * Math.log(2) * u * u));
        }
    }

    Histogram line(Line truth) {
        double[] x = new double[truth.points()];
        double[] mu = new double[truth.points()];
        for (int i = 0; i < x.length; i++) {
            x[i] = truth.fromNm() + i * truth.stepNm();
            mu[i] = truth.value(x[i]);
        }
        return new Histogram(x, poisson(mu));
    }

    /** Fabry–Pérot modes equally spaced in frequency: λ_m = 1/(1/λ0 + m·fsrNu), each a Lorentzian of finesse F. */
    Histogram modes(double lambda0Nm, int axialIndex, double finesse, double amplitude, double background, double fromNm,
            double stepNm, int points) {
        double fsrNu = 1 / (lambda0Nm * axialIndex);
        double[] x = new double[points];
        double[] mu = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = fromNm + i * stepNm;
            double nu = 1 / x[i];
            double s = background;
            for (int m = -5; m <= 5; m++) {
                double centre = 1 / lambda0Nm + m * fsrNu;
                double u = 2 * (nu - centre) / (fsrNu / finesse);
                s += amplitude / (1 + u * u);
            }
            mu[i] = s;
        }
        return new Histogram(x, poisson(mu));
    }

    double[] malus(double[] anglesDeg, double iMin, double iMax, double theta0Deg) {
        double[] mu = new double[anglesDeg.length];
        for (int i = 0; i < mu.length; i++) {
            double c = Math.cos(Math.toRadians(anglesDeg[i] - theta0Deg));
            mu[i] = iMin + (iMax - iMin) * c * c;
        }
        return poisson(mu);
    }

    /** A telegraph trace: exponential on and off dwell times, Poisson counts per bin at the state's rate. */
    record Telegraph(double onCounts, double offCounts, double onMs, double offMs, double binMs, int bins) {

        double onFraction() {
            return onMs / (onMs + offMs);
        }
    }

    /** Counts per bin; {@code states} receives the true state of each bin (on when the bin is mostly on). */
    double[] telegraph(Telegraph truth, boolean[] states) {
        double[] counts = new double[truth.bins()];
        boolean on = random.nextUniform(0, 1) < truth.onFraction();
        double remaining = random.nextExponential(on ? truth.onMs() : truth.offMs());
        for (int i = 0; i < counts.length; i++) {
            double onTime = 0;
            double left = truth.binMs();
            while (left > 0) {
                double step = Math.min(left, remaining);
                if (on) {
                    onTime += step;
                }
                left -= step;
                remaining -= step;
                if (remaining <= 0) {
                    on = !on;
                    remaining = random.nextExponential(on ? truth.onMs() : truth.offMs());
                }
            }
            double f = onTime / truth.binMs();
            states[i] = f >= 0.5;
            counts[i] = random.nextPoisson(f * truth.onCounts() + (1 - f) * truth.offCounts());
        }
        return counts;
    }

    double[] poisson(double[] mu) {
        double[] out = new double[mu.length];
        for (int i = 0; i < mu.length; i++) {
            out[i] = mu[i] > 0 ? random.nextPoisson(mu[i]) : 0;
        }
        return out;
    }

    /** ∫ f(t − s)·N(s; 0, σ) ds by the trapezoid rule on a grid of σ/20 out to ±6σ. */
    static double smeared(DoubleUnaryOperator f, double t, double sigma) {
        int steps = 240;
        double h = 12 * sigma / steps;
        double sum = 0;
        for (int i = 0; i <= steps; i++) {
            double s = -6 * sigma + i * h;
            double w = (i == 0 || i == steps) ? 0.5 : 1;
            sum += w * f.applyAsDouble(t - s) * Math.exp(-s * s / (2 * sigma * sigma));
        }
        return sum * h / (sigma * Math.sqrt(2 * Math.PI));
    }
}
