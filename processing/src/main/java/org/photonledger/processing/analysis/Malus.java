package org.photonledger.processing.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.LUDecomposition;

/**
 * Fits Malus' law to intensity counts at polariser angles (degrees, any order, repeats allowed), Poisson
 * maximum likelihood (see {@link PoissonFit}). The start comes from the linear least-squares fit of
 * c + p·cos 2θ + q·sin 2θ, which is the same curve; Imin and Imax are swapped (θ0 + 90°) if they come
 * out reversed, so Imax ≥ Imin always.
 */
public final class Malus {

    public static final String METHOD = "malus@1";

    private Malus() {
    }

    public static MalusResult fit(double[] anglesDeg, double[] counts) {
        if (anglesDeg == null || counts == null || anglesDeg.length != counts.length) {
            throw new IllegalArgumentException("Malus fit needs as many angles as intensities, got "
                    + (anglesDeg == null ? "no" : anglesDeg.length) + " angles and " + (counts == null ? "no" : counts.length)
                    + " intensities");
        }
        int n = anglesDeg.length;
        TreeSet<Long> distinct = new TreeSet<>();
        double total = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(anglesDeg[i])) {
                throw new IllegalArgumentException("angle " + i + " is " + anglesDeg[i] + "; angles must be finite degrees");
            }
            if (!Double.isFinite(counts[i]) || counts[i] < 0) {
                throw new IllegalArgumentException("intensity " + i + " (at " + anglesDeg[i] + "°) is " + counts[i]
                        + "; intensities must be finite counts ≥ 0");
            }
            distinct.add(Math.round(((anglesDeg[i] % 180) + 180) % 180 * 1e6));
            total += counts[i];
        }
        if (distinct.size() < 4) {
            throw new IllegalArgumentException("Malus fit needs at least 4 different polariser angles (mod 180°), got "
                    + distinct.size());
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("Malus series holds no counts (all " + n + " intensities are zero)");
        }
        double[] start = linearStart(anglesDeg, counts);
        double[] theta = anglesDeg.clone();
        CurveModel model = (p, out) -> {
            for (int i = 0; i < n; i++) {
                double c = Math.cos(Math.toRadians(theta[i] - p[2]));
                out[i] = p[0] + (p[1] - p[0]) * c * c;
            }
        };
        double scale = Math.max(1, Math.max(start[0], start[1]));
        PoissonFit.Outcome fit = PoissonFit.fit("Malus-law fit", counts, model, start,
                new double[] {scale, scale, 10},
                new double[] {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, -360},
                new double[] {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 360},
                new String[] {"Imin", "Imax", "theta0"});
        double[] p = fit.parameters();
        double[][] cov = fit.covariance();
        int lo = 0;
        int hi = 1;
        double theta0 = p[2];
        if (p[1] < p[0]) {
            lo = 1;
            hi = 0;
            theta0 += 90;
        }
        theta0 = ((theta0 % 180) + 180) % 180;
        double iMin = p[lo];
        double iMax = p[hi];
        double sum = iMin + iMax;
        if (!(sum > 0)) {
            throw new IllegalArgumentException("Malus fit gave Imin + Imax = " + sum + "; the degree of polarisation is undefined");
        }
        double dolp = (iMax - iMin) / sum;
        double dMax = 2 * iMin / (sum * sum);
        double dMin = -2 * iMax / (sum * sum);
        double variance = dMax * dMax * cov[hi][hi] + dMin * dMin * cov[lo][lo] + 2 * dMax * dMin * cov[lo][hi];
        Map<String, Object> used = new LinkedHashMap<>();
        used.put("points", n);
        used.put("angles", distinct.size());
        used.put("weights", "Poisson (iteratively reweighted, = Poisson maximum likelihood)");
        return new MalusResult(fit.estimate(lo), fit.estimate(hi), Estimate.of(theta0, fit.sigma(2)),
                Estimate.of(dolp, Math.sqrt(Math.max(0, variance))), fit.quality(), new FittedCurve(anglesDeg, fit.model()), used,
                METHOD);
    }

    /** (Imin, Imax, θ0) from the linear fit of c + p·cos 2θ + q·sin 2θ. */
    private static double[] linearStart(double[] deg, double[] y) {
        double[][] a = new double[3][3];
        double[] b = new double[3];
        for (int i = 0; i < deg.length; i++) {
            double t = Math.toRadians(2 * deg[i]);
            double[] f = {1, Math.cos(t), Math.sin(t)};
            for (int r = 0; r < 3; r++) {
                b[r] += f[r] * y[i];
                for (int c = 0; c < 3; c++) {
                    a[r][c] += f[r] * f[c];
                }
            }
        }
        double[] s = new LUDecomposition(new Array2DRowRealMatrix(a))
                .getSolver().solve(new ArrayRealVector(b)).toArray();
        double amplitude = Math.hypot(s[1], s[2]);
        double theta0 = Math.toDegrees(Math.atan2(s[2], s[1])) / 2;
        return new double[] {s[0] - amplitude, s[0] + amplitude, theta0};
    }
}
