package org.photonledger.processing.analysis;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Fits one Lorentzian or Gaussian peak on a flat background to a spectrum (wavelengths in nm, counts),
 * Poisson maximum likelihood (see {@link PoissonFit}). Start values: background the 10th percentile,
 * centre the highest point of the 3-bin running mean, width from its half-maximum crossings.
 */
public final class Spectrum {

    public static final String METHOD = "spectrum@1";

    private static final double FOUR_LN2 = 4 * Math.log(2);

    private Spectrum() {
    }

    /** Line shape: Lorentzian (homogeneous, lifetime- or cavity-limited) or Gaussian (inhomogeneous). */
    public enum Shape {
        LORENTZIAN, GAUSSIAN;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static SpectrumResult fit(Histogram spectrum, Shape shape) {
        String what = "spectrum";
        if (spectrum.size() < 8) {
            throw new IllegalArgumentException(what + " has " + spectrum.size() + " points; need at least 8");
        }
        spectrum.requireCounts(what);
        double[] x = spectrum.x();
        if (!(x[0] > 0)) {
            throw new IllegalArgumentException(what + " wavelengths must be > 0 nm, but the first is " + Numbers.fmt(x[0])
                    + " nm; is the x axis a wavelength in nm?");
        }
        return fit(x, spectrum.counts(), shape, what);
    }

    static SpectrumResult fit(double[] x, double[] y, Shape shape, String what) {
        int n = x.length;
        double span = x[n - 1] - x[0];
        double bin = span / (n - 1);
        double[] sorted = y.clone();
        Arrays.sort(sorted);
        double background = sorted[n / 10];
        double[] smooth = Numbers.runningMean(y, 3);
        int peak = 0;
        for (int i = 1; i < n; i++) {
            if (smooth[i] > smooth[peak]) {
                peak = i;
            }
        }
        double height = smooth[peak] - background;
        if (!(height > 0)) {
            throw new IllegalArgumentException(what + " has no peak above its background (" + background + " counts)");
        }
        double half = background + height / 2;
        int left = peak;
        while (left > 0 && smooth[left] > half) {
            left--;
        }
        int right = peak;
        while (right < n - 1 && smooth[right] > half) {
            right++;
        }
        double fwhm = Math.max(bin, x[right] - x[left]);
        CurveModel model = shape == Shape.LORENTZIAN
                ? (p, out) -> {
                    for (int i = 0; i < n; i++) {
                        double u = 2 * (x[i] - p[1]) / p[2];
                        out[i] = p[0] / (1 + u * u) + p[3];
                    }
                }
                : (p, out) -> {
                    for (int i = 0; i < n; i++) {
                        double u = (x[i] - p[1]) / p[2];
                        out[i] = p[0] * Math.exp(-FOUR_LN2 * u * u) + p[3];
                    }
                };
        PoissonFit.Outcome fit = PoissonFit.fit(shape.label() + " peak fit", y, model,
                new double[] {height, x[peak], fwhm, background},
                new double[] {height, Math.max(fwhm, Math.abs(x[peak]) * 1e-3), fwhm, Math.max(1, background)},
                new double[] {0, x[0], bin / 10, Double.NEGATIVE_INFINITY},
                new double[] {Double.POSITIVE_INFINITY, x[n - 1], 10 * span, Double.POSITIVE_INFINITY},
                new String[] {"amplitude", "centre", "fwhm", "background"});
        Estimate centre = fit.estimate(1);
        Estimate width = fit.estimate(2);
        Map<String, Object> used = new LinkedHashMap<>();
        used.put("shape", shape.label());
        used.put("points", n);
        used.put("fromNm", x[0]);
        used.put("toNm", x[n - 1]);
        used.put("weights", "Poisson (iteratively reweighted, = Poisson maximum likelihood)");
        used.put("hcEvNm", PhotonEnergy.HC_EV_NM);
        return new SpectrumResult(shape, centre, width, PhotonEnergy.meV(centre),
                PhotonEnergy.widthMeV(width, centre, fit.covariance()[1][2]), fit.estimate(0), fit.estimate(3),
                fit.quality(), new FittedCurve(x, fit.model()), used, METHOD);
    }
}
