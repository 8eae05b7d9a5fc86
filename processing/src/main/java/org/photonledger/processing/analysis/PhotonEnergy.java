package org.photonledger.processing.analysis;

/** Converts wavelengths and wavelength widths in nm to photon energies and energy widths in meV (E = hc/λ). */
public final class PhotonEnergy {

    /** h·c in eV·nm, exact since the 2019 SI (h and c and e are defined constants). */
    public static final double HC_EV_NM = 6.62607015e-34 * 299_792_458.0 / 1.602176634e-19 * 1e9;

    private PhotonEnergy() {
    }

    public static double meV(double wavelengthNm) {
        requireWavelength(wavelengthNm);
        return 1e3 * HC_EV_NM / wavelengthNm;
    }

    /** ΔE ≈ hc·Δλ/λ², valid for Δλ ≪ λ. */
    public static double widthMeV(double widthNm, double wavelengthNm) {
        requireWavelength(wavelengthNm);
        return 1e3 * HC_EV_NM * widthNm / (wavelengthNm * wavelengthNm);
    }

    /** The photon energy of a wavelength estimate, σ propagated to first order. */
    public static Estimate meV(Estimate wavelengthNm) {
        double l = wavelengthNm.value();
        return Estimate.of(meV(l), 1e3 * HC_EV_NM * wavelengthNm.sigma() / (l * l));
    }

    /** The energy width of a wavelength width at a wavelength, σ propagated with their covariance. */
    public static Estimate widthMeV(Estimate widthNm, Estimate wavelengthNm, double covarianceNm2) {
        double w = widthNm.value();
        double l = wavelengthNm.value();
        double k = 1e3 * HC_EV_NM;
        double dw = k / (l * l);
        double dl = -2 * k * w / (l * l * l);
        double variance = dw * dw * widthNm.sigma() * widthNm.sigma() + dl * dl * wavelengthNm.sigma() * wavelengthNm.sigma()
                + 2 * dw * dl * covarianceNm2;
        return Estimate.of(widthMeV(w, l), Math.sqrt(Math.max(0, variance)));
    }

    private static void requireWavelength(double nm) {
        if (!(nm > 0) || !Double.isFinite(nm)) {
            throw new IllegalArgumentException("wavelength must be a finite number of nm > 0, got " + nm);
        }
    }
}
