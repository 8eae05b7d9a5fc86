package org.photonledger.processing.analysis;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.DiagonalMatrix;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer.Optimum;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresProblem;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.MultivariateJacobianFunction;
import org.hipparchus.util.Pair;

/**
 * Poisson fits of a curve to counts with Hipparchus' Levenberg–Marquardt optimiser.
 *
 * <p>The weights are 1/μ with μ the model counts of the previous pass (iteratively reweighted least
 * squares). At the fixed point the normal equations Σ (y − μ)/μ · ∂μ/∂θ = 0 are exactly the Poisson
 * likelihood equations, so the result is the Poisson maximum-likelihood estimate, and (JᵀWJ)⁻¹ with
 * W = 1/μ is the inverse Fisher information. Weighting by the data instead (1/y) would bias every fit
 * towards low counts. The covariance is multiplied by max(1, χ²/dof): a model that does not describe
 * the data widens the uncertainties, but a lucky fit never shrinks them below the Poisson limit.
 */
final class PoissonFit {

    /** Model counts below this are treated as this in the weights, so an exact zero of the model cannot divide by zero. */
    static final double MU_FLOOR = 1e-3;

    private static final int MAX_REWEIGHTING = 12;

    private PoissonFit() {
    }

    /** Fitted parameters, their covariance, the model at the optimum and the goodness of fit. */
    record Outcome(double[] parameters, double[][] covariance, double[] model, double chi2, int degreesOfFreedom) {

        Estimate estimate(int i) {
            return Estimate.of(parameters[i], Math.sqrt(Math.max(0, covariance[i][i])));
        }

        double sigma(int i) {
            return Math.sqrt(Math.max(0, covariance[i][i]));
        }

        double correlation(int i, int j) {
            double d = sigma(i) * sigma(j);
            return d == 0 ? 0 : covariance[i][j] / d;
        }

        FitQuality quality() {
            return FitQuality.of(chi2, degreesOfFreedom);
        }
    }

    /**
     * Fits {@code model} to {@code counts}. {@code typical} gives each parameter's scale (for numerical
     * derivatives); {@code lower}/{@code upper} bound them; {@code names} name them in error messages;
     * {@code what} names the fit.
     */
    static Outcome fit(String what, double[] counts, CurveModel model, double[] start, double[] typical,
            double[] lower, double[] upper, String[] names) {
        int n = counts.length;
        int m = start.length;
        if (n <= m) {
            throw new IllegalArgumentException(what + " needs more data points than its " + m + " parameters ("
                    + String.join(", ", names) + "), got " + n);
        }
        MultivariateJacobianFunction function = point -> valueAndJacobian(model, point.toArray(), typical, n);
        double[] p = clamp(start.clone(), lower, upper);
        double[] mu = new double[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = 1.0 / Math.max(counts[i], 1.0);
        }
        try {
            for (int pass = 0; pass < MAX_REWEIGHTING; pass++) {
                Optimum optimum = optimiser().optimize(problem(function, counts, p, weights, lower, upper));
                double[] next = optimum.getPoint().toArray();
                model.values(next, mu);
                boolean settled = pass > 0 && settled(p, next, optimum, typical);
                p = next;
                for (int i = 0; i < n; i++) {
                    weights[i] = 1.0 / Math.max(mu[i], MU_FLOOR);
                }
                if (settled) {
                    break;
                }
            }
            LeastSquaresProblem last = problem(function, counts, p, weights, lower, upper);
            RealMatrix covariance = last.evaluate(new ArrayRealVector(p)).getCovariances(1e-14);
            double chi2 = 0;
            for (int i = 0; i < n; i++) {
                double r = counts[i] - mu[i];
                chi2 += r * r * weights[i];
            }
            int dof = n - m;
            double scale = Math.max(1.0, chi2 / dof);
            double[][] cov = covariance.scalarMultiply(scale).getData();
            requireFinite(what, p, cov, names);
            return new Outcome(p, cov, mu.clone(), chi2, dof);
        } catch (MathIllegalArgumentException ex) {
            throw new IllegalArgumentException(what + ": the parameters (" + String.join(", ", names)
                    + ") cannot all be determined from these data (singular covariance)", ex);
        } catch (MathIllegalStateException ex) {
            throw new IllegalArgumentException(what + " did not converge (" + ex.getMessage()
                    + "); check that the data hold the expected feature", ex);
        } catch (MathRuntimeException ex) {
            throw new IllegalArgumentException(what + " failed: " + ex.getMessage(), ex);
        }
    }

    private static LevenbergMarquardtOptimizer optimiser() {
        return new LevenbergMarquardtOptimizer();
    }

    private static LeastSquaresProblem problem(MultivariateJacobianFunction function, double[] counts, double[] start,
            double[] weights, double[] lower, double[] upper) {
        return new LeastSquaresBuilder()
                .model(function)
                .target(counts)
                .start(start)
                .weight(new DiagonalMatrix(weights.clone()))
                .parameterValidator(v -> new ArrayRealVector(clamp(v.toArray(), lower, upper), false))
                .maxEvaluations(4_000)
                .maxIterations(1_000)
                .lazyEvaluation(false)
                .build();
    }

    /** Reweighting has settled when no parameter moved by more than 10⁻⁴ of its uncertainty. */
    private static boolean settled(double[] before, double[] after, Optimum optimum, double[] typical) {
        RealVector sigma;
        try {
            sigma = optimum.getSigma(1e-14);
        } catch (MathRuntimeException ex) {
            return false;
        }
        for (int j = 0; j < before.length; j++) {
            double scale = sigma.getEntry(j) > 0 ? sigma.getEntry(j) : Math.abs(typical[j]) * 1e-6;
            if (Math.abs(after[j] - before[j]) > 1e-4 * scale) {
                return false;
            }
        }
        return true;
    }

    private static Pair<RealVector, RealMatrix> valueAndJacobian(CurveModel model, double[] p, double[] typical, int n) {
        int m = p.length;
        double[] value = new double[n];
        model.values(p, value);
        double[][] jacobian = new double[n][m];
        double[] plus = new double[n];
        for (int j = 0; j < m; j++) {
            // forward differences: half the model evaluations of central ones, and a relative step of 1e-7
            // keeps the truncation error far below the statistical uncertainty
            double h = 1e-7 * Math.max(Math.abs(p[j]), Math.abs(typical[j]));
            double[] q = p.clone();
            q[j] = p[j] + h;
            h = q[j] - p[j];
            model.values(q, plus);
            for (int i = 0; i < n; i++) {
                jacobian[i][j] = (plus[i] - value[i]) / h;
            }
        }
        return new Pair<>(new ArrayRealVector(value, false), new Array2DRowRealMatrix(jacobian, false));
    }

    static double[] clamp(double[] p, double[] lower, double[] upper) {
        for (int j = 0; j < p.length; j++) {
            if (Double.isNaN(p[j])) {
                p[j] = Double.isFinite(lower[j]) ? lower[j] : Double.isFinite(upper[j]) ? upper[j] : 0;
            }
            p[j] = Math.min(upper[j], Math.max(lower[j], p[j]));
        }
        return p;
    }

    private static void requireFinite(String what, double[] p, double[][] cov, String[] names) {
        for (int j = 0; j < p.length; j++) {
            if (!Double.isFinite(p[j]) || !Double.isFinite(cov[j][j])) {
                throw new IllegalArgumentException(what + ": parameter " + names[j] + " came out as " + p[j]
                        + " ± " + Math.sqrt(Math.abs(cov[j][j])) + "; the data do not determine it");
            }
        }
    }
}
