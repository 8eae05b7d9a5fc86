package org.photonledger.processing.analysis;

import static org.photonledger.processing.analysis.Numbers.fmt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Cavity figures of merit: modes of a transmission or emission spectrum (wavelengths in nm) and the
 * Purcell factor.
 *
 * <p>Modes are the runs of the 3-bin running mean above 20 % of the way from the 10th percentile to the
 * maximum; each is fitted with a Lorentzian over the points between the midpoints to its neighbours
 * (at most 4 estimated widths either side). Spacings and widths are compared in frequency (ν = c/λ,
 * Δν = cΔλ/λ²), where the FSR of a Fabry–Pérot cavity is constant; the FSR is then quoted in nm at the
 * strongest mode.
 */
public final class Cavity {

    public static final String MODES_METHOD = "cavity-modes@1";
    public static final String PURCELL_METHOD = "purcell@1";

    private Cavity() {
    }

    /** Finds and fits the modes; {@code fsrNm} is needed for the finesse when only one mode is in the spectrum. */
    public static CavityModesResult modes(Histogram spectrum, OptionalDouble fsrNm) {
        String what = "cavity spectrum";
        if (spectrum.size() < 8) {
            throw new IllegalArgumentException(what + " has " + spectrum.size() + " points; need at least 8");
        }
        spectrum.requireCounts(what);
        if (fsrNm.isPresent() && !(fsrNm.getAsDouble() > 0)) {
            throw new IllegalArgumentException("free spectral range must be > 0 nm, got " + fsrNm.getAsDouble());
        }
        double[] x = spectrum.x();
        double[] y = spectrum.counts();
        int n = x.length;
        if (!(x[0] > 0)) {
            throw new IllegalArgumentException(what + " wavelengths must be > 0 nm, but the first is " + fmt(x[0]) + " nm");
        }
        double[] smooth = Numbers.runningMean(y, 3);
        double[] sorted = y.clone();
        Arrays.sort(sorted);
        double floor = sorted[n / 10];
        double top = Arrays.stream(smooth).max().orElse(0);
        double level = floor + 0.2 * (top - floor);
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (smooth[i] > level) {
                int start = i;
                while (i + 1 < n && smooth[i + 1] > level) {
                    i++;
                }
                runs.add(new int[] {start, i});
            }
        }
        if (runs.isEmpty() || !(top > floor)) {
            throw new IllegalArgumentException(what + " shows no mode above its background");
        }
        int[] peaks = runs.stream().mapToInt(r -> {
            int best = r[0];
            for (int i = r[0]; i <= r[1]; i++) {
                if (smooth[i] > smooth[best]) {
                    best = i;
                }
            }
            return best;
        }).toArray();
        List<CavityModesResult.Mode> modes = new ArrayList<>();
        double chi2 = 0;
        int dof = 0;
        for (int m = 0; m < peaks.length; m++) {
            int[] run = runs.get(m);
            double width = Math.max(x[Math.min(n - 1, run[1] + 1)] - x[Math.max(0, run[0] - 1)], (x[n - 1] - x[0]) / (n - 1));
            int lo = m == 0 ? 0 : (peaks[m - 1] + peaks[m]) / 2;
            int hi = m == peaks.length - 1 ? n - 1 : (peaks[m] + peaks[m + 1]) / 2;
            while (lo < peaks[m] && x[peaks[m]] - x[lo] > 4 * width) {
                lo++;
            }
            while (hi > peaks[m] && x[hi] - x[peaks[m]] > 4 * width) {
                hi--;
            }
            if (hi - lo + 1 < 8) {
                throw new IllegalArgumentException("the mode near " + fmt(x[peaks[m]]) + " nm has only " + (hi - lo + 1)
                        + " points around it; need at least 8 (finer sampling or a wider spectrum)");
            }
            SpectrumResult fit = Spectrum.fit(Arrays.copyOfRange(x, lo, hi + 1), Arrays.copyOfRange(y, lo, hi + 1),
                    Spectrum.Shape.LORENTZIAN, "cavity mode near " + fmt(x[peaks[m]]) + " nm");
            Estimate q = quality(fit.centreNm(), fit.fwhmNm());
            modes.add(new CavityModesResult.Mode(fit.centreNm(), fit.fwhmNm(), q, fit.amplitude().value()));
            chi2 += fit.quality().chi2Reduced() * fit.quality().degreesOfFreedom();
            dof += fit.quality().degreesOfFreedom();
        }
        CavityModesResult.Mode strongest = modes.stream()
                .max((a, b) -> Double.compare(a.peakCounts(), b.peakCounts())).orElseThrow();
        double lambda = strongest.centreNm().value();
        Map<String, Object> used = new LinkedHashMap<>();
        used.put("modesFound", modes.size());
        used.put("modeLevel", "20 % from the 10th percentile to the maximum");
        used.put("lineShape", "lorentzian");

        Optional<Estimate> fsr = Optional.empty();
        Optional<Estimate> finesse = Optional.empty();
        if (modes.size() >= 2) {
            // frequencies in units of c/nm: ν = 1/λ, Δν = Δλ/λ²
            int k = modes.size();
            double first = 1 / modes.get(0).centreNm().value();
            double last = 1 / modes.get(k - 1).centreNm().value();
            double fsrNu = (first - last) / (k - 1);
            double sigmaFirst = modes.get(0).centreNm().sigma() * first * first;
            double sigmaLast = modes.get(k - 1).centreNm().sigma() * last * last;
            double fsrNuSigma = Math.hypot(sigmaFirst, sigmaLast) / (k - 1);
            double sw = 0;
            double swv = 0;
            for (CavityModesResult.Mode mode : modes) {
                double l = mode.centreNm().value();
                double dnu = mode.fwhmNm().value() / (l * l);
                double s = mode.fwhmNm().sigma() / (l * l);
                double w = 1 / Math.max(s * s, 1e-300);
                sw += w;
                swv += w * dnu;
            }
            double linewidth = swv / sw;
            double linewidthSigma = Math.sqrt(1 / sw);
            double f = fsrNu / linewidth;
            finesse = Optional.of(Estimate.of(f, f * Math.hypot(fsrNuSigma / fsrNu, linewidthSigma / linewidth)));
            double fsrAtStrongest = fsrNu * lambda * lambda;
            fsr = Optional.of(Estimate.of(fsrAtStrongest, fsrNuSigma * lambda * lambda));
            used.put("fsrFrom", "data: mean spacing of " + k + " modes in frequency");
        } else if (fsrNm.isPresent()) {
            double f = fsrNm.getAsDouble() / strongest.fwhmNm().value();
            finesse = Optional.of(Estimate.of(f, f * strongest.fwhmNm().sigma() / strongest.fwhmNm().value()));
            fsr = Optional.of(Estimate.exact(fsrNm.getAsDouble()));
            used.put("fsrFrom", "given");
        } else {
            used.put("fsrFrom", "none: one mode and no free spectral range given, so no finesse");
        }
        Optional<Estimate> axial = fsr.map(s -> Estimate.of(lambda / s.value(),
                lambda / s.value() * Math.hypot(s.sigma() / s.value(), strongest.centreNm().sigma() / lambda)));
        return new CavityModesResult(modes, fsr, finesse, strongest.qualityFactor(), axial,
                FitQuality.of(chi2, dof), used, MODES_METHOD);
    }

    /** Q = λ/Δλ with σ from both, assumed uncorrelated (centre and width of a symmetric line are). */
    public static Estimate quality(Estimate centreNm, Estimate fwhmNm) {
        double q = centreNm.value() / fwhmNm.value();
        return Estimate.of(q, q * Math.hypot(centreNm.sigma() / centreNm.value(), fwhmNm.sigma() / fwhmNm.value()));
    }

    /**
     * F_P = ξ²·3λ³Q / (4π²V) with λ in µm and V in µm³; σ from Q and V (relative errors in quadrature).
     * ξ² is 1 for a dipole aligned with the cavity field and 1/3 averaged over random orientations.
     */
    public static PurcellResult purcell(double wavelengthNm, Estimate qualityFactor, Estimate modeVolumeUm3, double xi2) {
        if (!(wavelengthNm > 0) || !Double.isFinite(wavelengthNm)) {
            throw new IllegalArgumentException("wavelength must be a finite number of nm > 0, got " + wavelengthNm);
        }
        if (!(qualityFactor.value() > 0)) {
            throw new IllegalArgumentException("quality factor Q must be > 0, got " + qualityFactor.value());
        }
        if (!(modeVolumeUm3.value() > 0)) {
            throw new IllegalArgumentException("mode volume must be > 0 µm³, got " + modeVolumeUm3.value());
        }
        if (!(xi2 > 0 && xi2 <= 1)) {
            throw new IllegalArgumentException("dipole orientation factor ξ² must be in (0, 1], got " + xi2);
        }
        double lambdaUm = wavelengthNm / 1000;
        double f = xi2 * 3 * Math.pow(lambdaUm, 3) * qualityFactor.value() / (4 * Math.PI * Math.PI * modeVolumeUm3.value());
        double relative = Math.hypot(qualityFactor.sigma() / qualityFactor.value(), modeVolumeUm3.sigma() / modeVolumeUm3.value());
        Map<String, Object> used = new LinkedHashMap<>();
        used.put("wavelengthNm", wavelengthNm);
        used.put("qualityFactor", qualityFactor.value());
        used.put("modeVolumeUm3", modeVolumeUm3.value());
        used.put("xi2", xi2);
        return new PurcellResult(Estimate.of(f, f * relative), wavelengthNm, qualityFactor, modeVolumeUm3, xi2,
                FitQuality.none(), used, PURCELL_METHOD);
    }
}
