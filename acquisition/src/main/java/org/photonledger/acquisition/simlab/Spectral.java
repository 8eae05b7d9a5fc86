package org.photonledger.acquisition.simlab;

import java.util.function.DoubleUnaryOperator;

/**
 * Line shapes and spectral averages (wavelengths in nm). Averages over a Lorentzian substitute λ = c + (w/2)·tan u,
 * which turns the Lorentzian weight into a constant, so a few hundred points integrate lines from 0.1 nm to 100 nm
 * wide against filters and detector curves with the same accuracy, tails included.
 */
final class Spectral {

    static final double FWHM_PER_SIGMA = 2 * Math.sqrt(2 * Math.log(2));

    private static final int POINTS = 800;
    /** Relative photon detection efficiency of an SPCM-AQRH, after its data-sheet curve, 1 at 650 nm. */
    private static final double[] SPAD_NM = {350, 400, 450, 500, 550, 600, 650, 700, 750, 800, 850, 900, 950, 1000,
        1050, 1100};
    private static final double[] SPAD_RELATIVE = {0.05, 0.30, 0.55, 0.75, 0.88, 0.96, 1.00, 1.00, 0.94, 0.83, 0.70,
        0.54, 0.38, 0.20, 0.07, 0.0};

    private Spectral() {
    }

    /** A unit-area Lorentzian of the given FWHM at x. */
    static double lorentzian(double x, double centre, double fwhm) {
        double h = fwhm / 2;
        double d = x - centre;
        return h / Math.PI / (d * d + h * h);
    }

    /** ∫ L(λ)·f(λ) dλ over [lo, hi] for the unit-area Lorentzian L. */
    static double overLorentzian(DoubleUnaryOperator f, double centre, double fwhm, double lo, double hi) {
        double h = fwhm / 2;
        double ua = Math.atan((lo - centre) / h);
        double ub = Math.atan((hi - centre) / h);
        double du = (ub - ua) / POINTS;
        double sum = 0;
        for (int i = 0; i < POINTS; i++) {
            double u = ua + (i + 0.5) * du;
            sum += f.applyAsDouble(centre + h * Math.tan(u));
        }
        return sum * du / Math.PI;
    }

    /**
     * The mean of f over the normalised product of two Lorentzians (a dot line filtered by a cavity mode), over
     * [lo, hi]: the substitution runs on the narrower one.
     */
    static double overProduct(DoubleUnaryOperator f, double c1, double w1, double c2, double w2, double lo, double hi) {
        double narrowC = w1 <= w2 ? c1 : c2;
        double narrowW = Math.min(w1, w2);
        double wideC = w1 <= w2 ? c2 : c1;
        double wideW = Math.max(w1, w2);
        double weighted = overLorentzian(x -> lorentzian(x, wideC, wideW) * f.applyAsDouble(x), narrowC, narrowW,
                lo, hi);
        return weighted / productArea(c1, w1, c2, w2);
    }

    /** ∫ L1·L2 over all λ: the overlap of two unit Lorentzians is a Lorentzian of the summed widths. */
    static double productArea(double c1, double w1, double c2, double w2) {
        return lorentzian(c1 - c2, 0, w1 + w2);
    }

    /** SPAD detection efficiency relative to its value at 650 nm. */
    static double spadRelative(double nm) {
        if (nm <= SPAD_NM[0] || nm >= SPAD_NM[SPAD_NM.length - 1]) {
            return 0;
        }
        int i = 1;
        while (SPAD_NM[i] < nm) {
            i++;
        }
        double t = (nm - SPAD_NM[i - 1]) / (SPAD_NM[i] - SPAD_NM[i - 1]);
        return SPAD_RELATIVE[i - 1] + t * (SPAD_RELATIVE[i] - SPAD_RELATIVE[i - 1]);
    }

    /** ∫ G(λ)·f(λ) dλ for a unit-area Gaussian of the given FWHM (broad background spectra). */
    static double overGaussian(DoubleUnaryOperator f, double centre, double fwhm) {
        double sigma = fwhm / FWHM_PER_SIGMA;
        double sum = 0;
        int n = 400;
        double step = 12 * sigma / n;
        for (int i = 0; i < n; i++) {
            double x = -6 * sigma + (i + 0.5) * step;
            sum += Math.exp(-x * x / (2 * sigma * sigma)) * f.applyAsDouble(centre + x);
        }
        return sum * step / (sigma * Math.sqrt(2 * Math.PI));
    }

    static double gaussian(double x, double centre, double fwhm) {
        double sigma = fwhm / FWHM_PER_SIGMA;
        double d = (x - centre) / sigma;
        return Math.exp(-d * d / 2) / (sigma * Math.sqrt(2 * Math.PI));
    }
}
