package org.photonledger.processing.analysis;

/**
 * Goodness of fit: Pearson χ² with Poisson weights (variance = model counts) divided by the degrees of
 * freedom. With no degrees of freedom left nothing was tested and both fields are zero.
 */
public record FitQuality(double chi2Reduced, int degreesOfFreedom) {

    public FitQuality {
        if (degreesOfFreedom < 0) {
            throw new IllegalArgumentException("degrees of freedom must be ≥ 0, got " + degreesOfFreedom);
        }
        if (!Double.isFinite(chi2Reduced) || chi2Reduced < 0) {
            throw new IllegalArgumentException("reduced χ² must be finite and ≥ 0, got " + chi2Reduced);
        }
        if (degreesOfFreedom == 0 && chi2Reduced != 0) {
            throw new IllegalArgumentException("reduced χ² must be 0 when there are no degrees of freedom");
        }
    }

    public static FitQuality of(double chi2, int degreesOfFreedom) {
        return degreesOfFreedom == 0 ? none() : new FitQuality(chi2 / degreesOfFreedom, degreesOfFreedom);
    }

    /** Nothing left to test the model against (as many data as parameters). */
    public static FitQuality none() {
        return new FitQuality(0, 0);
    }

    public boolean tested() {
        return degreesOfFreedom > 0;
    }
}
