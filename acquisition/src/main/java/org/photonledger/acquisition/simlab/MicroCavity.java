package org.photonledger.acquisition.simlab;

import java.util.ArrayList;
import java.util.List;
import org.photonledger.acquisition.instrument.Specimen;
import org.photonledger.domain.measurement.Setting;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/**
 * The open-access plano-concave cavity as a function of the piezo length L: which longitudinal modes it has, where
 * they resonate, how wide they are, and how strongly a dot couples to each.
 *
 * <p>Resonance of mode m: 2(L + L_p)/λ = m + ζ(L)/π + δ, with L_p the DBR penetration depth of both mirrors,
 * ζ(L) = arccos √(1 − L/R) the Gouy phase of the TEM00 mode and δ a constant mirror phase chosen so that mode q
 * resonates at λ0 at the configured length L0 (the records give L0 = qλ0/2, which ignores both). The free spectral
 * range is λ²/2(L + L_p), the FWHM FSR/F. With the paper's q = 3, F = 100, λ0 = 677 nm and no penetration this
 * would be 2.26 nm (Q = qF = 300); the paper reports 1.1 nm, i.e. Q ≈ 615, which an effective length about twice
 * the geometric one explains. The default L_p = 0.6 µm gives 1.42 nm; the discrepancy is the paper's.
 *
 * <p>Purcell factor of mode m at length L: F_P ∝ Q/V with Q = 2(L + L_p)F/λ and the Gaussian mode volume
 * V = λL√(L(R − L))/4, scaled from the specimen's Purcell factor at (q, L0). A dot of homogeneous linewidth γ
 * detuned by Δ from a mode of width κ (all in frequency) emits into it at F_P·κ(κ + γ)/((κ + γ)² + 4Δ²) times its
 * free radiative rate (the Lorentzian overlap of line and mode), further weighted by the mode's intensity
 * exp(−2ρ²/w0²) at the dot. A 40 nm room-temperature line thus gains only a few per cent of F_P, which is why the
 * paper's in-cavity lifetime is not shorter.
 */
final class MicroCavity {

    private static final double C_NM_PER_PS = 299_792.458;

    private final Specimen.Cavity cavity;
    private final SetupModel.CavityOptics optics;
    private final int q;
    private final double lambda0;
    private final double length0;
    private final double radius;
    private final double penetration;
    private final double finesse;
    private final double delta;
    private final double purcellScale;

    /** One longitudinal TEM00 mode at the current length. */
    record Mode(int index, double wavelengthNm, double fwhmNm, double purcellFactor, double waistUm) {
    }

    MicroCavity(Specimen.Cavity cavity, SetupModel.CavityOptics optics) {
        this.cavity = cavity;
        this.optics = optics;
        this.q = cavity.longitudinalModeIndex();
        this.lambda0 = cavity.resonanceWavelength().in(Unit.NANOMETRE);
        this.length0 = cavity.configuredLength().in(Unit.NANOMETRE);
        this.radius = optics.radiusOfCurvature().in(Unit.NANOMETRE);
        this.penetration = optics.penetrationDepth().in(Unit.NANOMETRE);
        this.finesse = cavity.finesse();
        this.delta = 2 * (length0 + penetration) / lambda0 - q - gouy(length0);
        this.purcellScale = cavity.purcellFactor() / purcellShape(lambda0, length0);
    }

    /** The modes inside the DBR stop band at mirror separation {@code lengthUm}; none if the cavity is unstable. */
    List<Mode> modes(double lengthUm) {
        double length = lengthUm * 1000;
        List<Mode> modes = new ArrayList<>();
        if (!(length > 0 && length < radius)) {
            return modes;
        }
        double centre = optics.stopbandCentre().in(Unit.NANOMETRE);
        double half = optics.stopbandHalfWidth().in(Unit.NANOMETRE);
        double phase = gouy(length) + delta;
        for (int m = 1; m < 200; m++) {
            double lambda = 2 * (length + penetration) / (m + phase);
            if (lambda < centre - half) {
                break;
            }
            if (lambda <= centre + half) {
                double fwhm = lambda * lambda / (2 * (length + penetration)) / finesse;
                double waist2Nm = lambda / Math.PI * Math.sqrt(length * (radius - length));
                modes.add(new Mode(m, lambda, fwhm, purcellScale * purcellShape(lambda, length),
                        Math.sqrt(waist2Nm) / 1000));
            }
        }
        return modes;
    }

    /** Share of the mode's photons that leave through the planar mirror (T·F/2π, the rest is lost inside). */
    double escapeEfficiency() {
        return Math.min(0.95, optics.planarTransmission().in(Unit.ONE) * finesse / (2 * Math.PI));
    }

    /**
     * Emission rate into a mode relative to the dot's free radiative rate, for a Lorentzian line of FWHM
     * {@code lineFwhmNm} centred at {@code lineNm}, at distance {@code rhoUm} from the mode axis.
     */
    static double coupling(Mode mode, double lineNm, double lineFwhmNm, double rhoUm) {
        double kappa = C_NM_PER_PS * mode.fwhmNm() / (mode.wavelengthNm() * mode.wavelengthNm());
        double gamma = C_NM_PER_PS * lineFwhmNm / (lineNm * lineNm);
        double detuning = C_NM_PER_PS / mode.wavelengthNm() - C_NM_PER_PS / lineNm;
        double sum = kappa + gamma;
        double overlap = kappa * sum / (sum * sum + 4 * detuning * detuning);
        double w = mode.waistUm();
        return mode.purcellFactor() * overlap * Math.exp(-2 * rhoUm * rhoUm / (w * w));
    }

    String id() {
        return cavity.cavityId();
    }

    List<Setting> settings(String prefix, double lengthUm) {
        List<Setting> s = new ArrayList<>(List.of(
                Setting.text(prefix + "id", cavity.cavityId()),
                Setting.of(prefix + "longitudinalModeIndex", q),
                Setting.of(prefix + "configuredLength", cavity.configuredLength()),
                Setting.of(prefix + "resonanceWavelength", cavity.resonanceWavelength()),
                Setting.of(prefix + "finesse", finesse, ""),
                Setting.of(prefix + "purcellFactor", cavity.purcellFactor(), ""),
                Setting.of(prefix + "dotPosition.x", cavity.dotPosition().x()),
                Setting.of(prefix + "dotPosition.y", cavity.dotPosition().y()),
                Setting.of(prefix + "radiusOfCurvature", optics.radiusOfCurvature()),
                Setting.of(prefix + "penetrationDepth", optics.penetrationDepth()),
                Setting.of(prefix + "mirrorPhaseOffset", delta, ""),
                Setting.of(prefix + "planarTransmission", optics.planarTransmission()),
                Setting.of(prefix + "escapeEfficiency", escapeEfficiency(), ""),
                Setting.of(prefix + "stopbandCentre", optics.stopbandCentre()),
                Setting.of(prefix + "stopbandHalfWidth", optics.stopbandHalfWidth()),
                Setting.of(prefix + "leakyModeFactor", optics.leakyModeFactor(), ""),
                Setting.of(prefix + "leakyCollection", optics.leakyCollection()),
                Setting.of(prefix + "modeCollection", optics.modeCollection()),
                Setting.of(prefix + "excitationTransmission", optics.excitationTransmission()),
                Setting.of(prefix + "isolationRadius", optics.isolationRadius()),
                Setting.of(prefix + "length", Quantity.of(lengthUm, Unit.MICROMETRE))));
        List<Mode> modes = modes(lengthUm);
        s.add(Setting.of(prefix + "modesInStopband", modes.size()));
        for (Mode m : modes) {
            String p = prefix + "mode.q" + m.index() + ".";
            s.add(Setting.of(p + "wavelength", Quantity.of(m.wavelengthNm(), Unit.NANOMETRE)));
            s.add(Setting.of(p + "fwhm", Quantity.of(m.fwhmNm(), Unit.NANOMETRE)));
            s.add(Setting.of(p + "purcellFactor", m.purcellFactor(), ""));
            s.add(Setting.of(p + "waist", Quantity.of(m.waistUm(), Unit.MICROMETRE)));
        }
        return s;
    }

    private double gouy(double length) {
        return Math.acos(Math.sqrt(1 - length / radius)) / Math.PI;
    }

    /** F_P up to a constant: λ·(L + L_p) / (L·√(L(R − L))). */
    private double purcellShape(double lambda, double length) {
        return lambda * (length + penetration) / (length * Math.sqrt(length * (radius - length)));
    }
}
