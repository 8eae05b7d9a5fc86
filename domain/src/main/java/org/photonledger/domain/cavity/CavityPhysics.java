package org.photonledger.domain.cavity;

import org.photonledger.domain.mirror.ReflectivityMeasurement;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/**
 * The figures of merit of a plano-concave Fabry–Pérot microcavity, as pure functions. Formulas:
 * <ul>
 * <li>finesse from the mirror reflectivities: F = π (R₁R₂)^¼ / (1 − √(R₁R₂));</li>
 * <li>quality factor as the paper defines it: Q = q·F, q the longitudinal mode index (exact for a cavity of
 * optical length qλ/2; mirror penetration depth is neglected);</li>
 * <li>Gaussian beam waist on the planar mirror of a half-symmetric cavity of length L and mirror radius of
 * curvature R &gt; L: w₀² = (λ/π)·√(L(R − L));</li>
 * <li>mode volume of that Gaussian mode: V = π w₀² L / 4;</li>
 * <li>Purcell factor: F_P = ξ²·3λ³Q / (4π²V), with ξ² = 1/3 for a randomly oriented dipole and 1 for one aligned
 * with the cavity field; λ is the free-space wavelength (the dot sits in air, n = 1).</li>
 * </ul>
 * With the paper's Q = 300, V = 0.5 µm³ and λ = 677 nm the Purcell factor is 4.7 (ξ² = 1/3) and 14 (ξ² = 1).
 */
public final class CavityPhysics {

    /** Orientation factor ξ² of a dipole averaged over all orientations. */
    public static final double RANDOM_DIPOLE = 1.0 / 3.0;
    /** Orientation factor ξ² of a dipole aligned with the cavity field. */
    public static final double ALIGNED_DIPOLE = 1.0;

    private CavityPhysics() {
    }

    /** Finesse of two mirrors with reflectivities in (0, 1), losses other than transmission neglected. */
    public static double finesse(double r1, double r2) {
        requireFraction("r1", r1);
        requireFraction("r2", r2);
        double product = r1 * r2;
        return Math.PI * Math.pow(product, 0.25) / (1 - Math.sqrt(product));
    }

    /** The paper's quality factor Q = q·F. */
    public static double qualityFactor(int longitudinalModeIndex, double finesse) {
        if (longitudinalModeIndex < 1) {
            throw new IllegalArgumentException("longitudinal mode index must be ≥ 1, got " + longitudinalModeIndex);
        }
        requirePositive("finesse", finesse);
        return longitudinalModeIndex * finesse;
    }

    /** The mirror separation at which mode q resonates at the wavelength, qλ/2 (no penetration depth), in µm. */
    public static Quantity resonantLength(int longitudinalModeIndex, Quantity wavelength) {
        return Quantity.of(longitudinalModeIndex * wavelength.in(Unit.MICROMETRE) / 2, Unit.MICROMETRE);
    }

    /** Whether a Gaussian mode exists: 0 &lt; L &lt; R for a planar and a concave mirror. */
    public static boolean stable(Quantity length, Quantity radiusOfCurvature) {
        double l = length.in(Unit.MICROMETRE);
        return l > 0 && l < radiusOfCurvature.in(Unit.MICROMETRE);
    }

    /** Beam waist w₀ on the planar mirror, in µm. */
    public static Quantity beamWaist(Quantity wavelength, Quantity length, Quantity radiusOfCurvature) {
        return Quantity.of(Math.sqrt(waistSquared(wavelength, length, radiusOfCurvature)), Unit.MICROMETRE);
    }

    /** Gaussian-beam mode volume V = π w₀² L / 4, in µm³. */
    public static Quantity gaussianModeVolume(Quantity wavelength, Quantity length, Quantity radiusOfCurvature) {
        double l = length.in(Unit.MICROMETRE);
        return Quantity.of(Math.PI * waistSquared(wavelength, length, radiusOfCurvature) * l / 4, Unit.CUBIC_MICROMETRE);
    }

    /** Purcell factor F_P = ξ²·3λ³Q / (4π²V). */
    public static double purcellFactor(double orientationFactor, Quantity wavelength, double qualityFactor,
            Quantity modeVolume) {
        if (orientationFactor <= 0 || orientationFactor > 1) {
            throw new IllegalArgumentException("orientation factor ξ² must be in (0, 1], got " + orientationFactor);
        }
        requirePositive("quality factor", qualityFactor);
        double lambda = wavelength.in(Unit.MICROMETRE);
        double v = modeVolume.in(Unit.CUBIC_MICROMETRE);
        requirePositive("wavelength", lambda);
        requirePositive("mode volume", v);
        return orientationFactor * 3 * lambda * lambda * lambda * qualityFactor / (4 * Math.PI * Math.PI * v);
    }

    /**
     * Every figure of one configuration. The measured finesse, when given, is used for Q; the modelled mode volume,
     * when given, is used for the Purcell factor. Without a modelled volume the cavity must be stable (L &lt; R).
     */
    public static CavityFigures figures(CavityConfiguration configuration, ReflectivityMeasurement planar,
            ReflectivityMeasurement featured, Quantity radiusOfCurvature) {
        double fromMirrors = finesse(planar.fraction(), featured.fraction());
        boolean measured = configuration.measuredFinesse() != null;
        double finesse = measured ? configuration.measuredFinesse() : fromMirrors;
        double q = qualityFactor(configuration.longitudinalModeIndex(), finesse);
        Quantity lambda = configuration.resonanceWavelength();
        boolean stable = stable(configuration.length(), radiusOfCurvature);
        Quantity waist = stable ? beamWaist(lambda, configuration.length(), radiusOfCurvature) : null;
        Quantity gaussian = stable ? gaussianModeVolume(lambda, configuration.length(), radiusOfCurvature) : null;
        boolean modelled = configuration.modelledModeVolume() != null;
        if (!modelled && !stable) {
            throw new IllegalArgumentException("no stable Gaussian mode for length " + configuration.length()
                    + " and radius of curvature " + radiusOfCurvature + "; a modelled mode volume is needed");
        }
        Quantity volume = modelled ? configuration.modelledModeVolume().to(Unit.CUBIC_MICROMETRE) : gaussian;
        return new CavityFigures(
                planar.reflectivity(),
                featured.reflectivity(),
                planar.lowerBound() || featured.lowerBound(),
                radiusOfCurvature,
                fromMirrors,
                finesse,
                measured ? FinesseSource.MEASURED : FinesseSource.MIRROR_REFLECTIVITIES,
                q,
                waist,
                gaussian,
                volume,
                modelled ? ModeVolumeSource.MODELLED : ModeVolumeSource.GAUSSIAN_BEAM,
                purcellFactor(RANDOM_DIPOLE, lambda, q, volume),
                purcellFactor(ALIGNED_DIPOLE, lambda, q, volume));
    }

    private static double waistSquared(Quantity wavelength, Quantity length, Quantity radiusOfCurvature) {
        if (!stable(length, radiusOfCurvature)) {
            throw new IllegalArgumentException("a plano-concave cavity needs 0 < L < R; got L = " + length + ", R = "
                    + radiusOfCurvature);
        }
        double lambda = wavelength.in(Unit.MICROMETRE);
        double l = length.in(Unit.MICROMETRE);
        double r = radiusOfCurvature.in(Unit.MICROMETRE);
        return lambda / Math.PI * Math.sqrt(l * (r - l));
    }

    private static void requireFraction(String name, double r) {
        if (!(r > 0 && r < 1)) {
            throw new IllegalArgumentException(name + " must be a reflectivity in (0, 1), got " + r);
        }
    }

    private static void requirePositive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be a positive finite number, got " + v);
        }
    }
}
