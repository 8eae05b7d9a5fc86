package org.photonledger.acquisition.simlab;

import java.util.ArrayList;
import java.util.List;
import org.photonledger.domain.units.Unit;

/**
 * The optics between laser, dots and detectors for one mounted specimen: which dots the focus reaches and how
 * hard, how their decay is modified by a cavity, and which share of their photons reaches the SPADs or the
 * spectrometer, through which spectral filter.
 *
 * <p>Confocal microscope: the 532 nm focus is a Gaussian of FWHM 0.51·λ/NA (0.32 µm at NA 0.85), which sets the
 * excitation of a dot at distance ρ from the axis; collection through the confocal pinhole is a Gaussian of FWHM
 * 0.51·λ_emission/NA. Film dots on glass send most of their light into the substrate; on a DBR it is reflected back
 * (see {@link SetupModel.Optics}). In a cavity the dot's radiative decay splits into the cavity modes (see
 * {@link MicroCavity}) and leaky modes; the SPAD path applies both band-pass filters and the SPAD efficiency curve;
 * the polariser applies Malus' law to the polarised share of the emission.
 */
final class OpticalPath {

    /** Dots excited less than this (relative to the focus centre) are left out: they give no photons. */
    static final double EXCITATION_CUTOFF = 1e-7;
    static final double SEARCH_RADIUS_UM = 1.0;

    private final LabModel model;
    private final DotField field;
    private final MicroCavity cavity;
    private final boolean onMirror;

    OpticalPath(LabModel model, DotField field, MicroCavity cavity, boolean onMirror) {
        this.model = model;
        this.field = field;
        this.cavity = cavity;
        this.onMirror = onMirror;
    }

    MicroCavity cavity() {
        return cavity;
    }

    DotField field() {
        return field;
    }

    /** Every dot the focus reaches, nearest first. */
    List<DotResponse> respond(Configuration c) {
        List<DotResponse> responses = new ArrayList<>();
        if (field == null) {
            return responses;
        }
        double sigmaExcitation = psfSigmaUm(model.setup().lasers().wavelength().in(Unit.NANOMETRE));
        List<MicroCavity.Mode> modes = cavity == null ? List.of() : cavity.modes(c.cavityLengthUm());
        for (QuantumDot dot : field.within(c.stageXUm(), c.stageYUm(), SEARCH_RADIUS_UM)) {
            double dx = dot.xUm() - c.stageXUm();
            double dy = dot.yUm() - c.stageYUm();
            double rho = Math.sqrt(dx * dx + dy * dy);
            double excitation = Math.exp(-rho * rho / (2 * sigmaExcitation * sigmaExcitation));
            if (excitation < EXCITATION_CUTOFF) {
                continue;
            }
            responses.add(respond(dot, rho, excitation, modes, c));
        }
        return responses;
    }

    private DotResponse respond(QuantumDot dot, double rho, double excitation, List<MicroCavity.Mode> modes,
            Configuration c) {
        SetupModel setup = model.setup();
        DotModel.Phase phase = model.dots().at(c.cold());
        double centre = dot.centreWavelength().in(Unit.NANOMETRE);
        double width = dot.linewidth(c.cold()).in(Unit.NANOMETRE);
        double free = 1 / dot.lifetime(c.cold()).in(Unit.PICOSECOND);
        double yield = phase.excitonYield().in(Unit.ONE);
        double radiative = yield * free;
        double nonRadiative = free - radiative;
        double sigmaCollection = psfSigmaUm(centre);
        double confocal = Math.exp(-rho * rho / (2 * sigmaCollection * sigmaCollection));
        double path = setup.optics().pathTransmission().in(Unit.ONE) * polariser(dot, c);

        List<DotResponse.Line> lines = new ArrayList<>();
        double total;
        double intoModes = 0;
        double purcell = 0;
        if (cavity == null) {
            double collection = (onMirror ? setup.optics().collectionOnMirror() : setup.optics().collectionOnGlass())
                    .in(Unit.ONE);
            lines.add(freeLine("free space", collection * confocal * path, centre, width));
            total = free;
        } else {
            SetupModel.CavityOptics optics = setup.cavity();
            double leaky = optics.leakyModeFactor() * radiative;
            double escape = cavity.escapeEfficiency() * optics.modeCollection().in(Unit.ONE);
            double[] coupling = new double[modes.size()];
            for (int i = 0; i < modes.size(); i++) {
                coupling[i] = MicroCavity.coupling(modes.get(i), centre, width, rho);
                purcell += coupling[i];
                intoModes += coupling[i] * radiative;
            }
            double radiativeTotal = leaky + intoModes;
            total = radiativeTotal + nonRadiative;
            // shares are per radiative photon, so the leaky and mode routes are weighted by their rates
            lines.add(freeLine("leaky modes", leaky / radiativeTotal * optics.leakyCollection().in(Unit.ONE)
                    * confocal * path, centre, width));
            for (int i = 0; i < modes.size(); i++) {
                MicroCavity.Mode mode = modes.get(i);
                double share = coupling[i] * radiative / radiativeTotal * escape * path;
                lines.add(modeLine("cavity mode q" + mode.index(), share, centre, width, mode));
            }
            radiative = radiativeTotal;
        }
        double excitonRadiative = radiative / total;
        double detector = setup.detectors().efficiency().in(Unit.ONE);
        double perRadiative = 0;
        for (DotResponse.Line line : lines) {
            perRadiative += line.share() * line.spadSpectral();
        }
        perRadiative *= detector;
        double biexcitonRadiative = Math.min(1, yield * model.dots().biexcitonYieldRatio().in(Unit.ONE));
        double biexcitonRate = 1 / phase.biexcitonLifetime().in(Unit.PICOSECOND);

        double power = c.excitation().powerMicrowatt();
        double transmission = cavity == null ? 1 : setup.cavity().excitationTransmission().in(Unit.ONE);
        double perSecond = dot.excitationPerMicrowattPerSecond() * power * excitation * transmission;
        double dose = phase.meanBleachingDose().in(Unit.ONE);
        double r = 0;
        double mu = 0;
        double rate = 0;
        double damage = 0;
        switch (c.excitation()) {
            case Excitation.Cw cw -> {
                r = perSecond * 1e-12;
                damage = r / dose;
            }
            case Excitation.Pulsed p -> {
                rate = p.repetitionRateHz();
                mu = perSecond / rate;
                damage = Exciton.pulsedDamagePerPulse(mu, model.dots().multiexcitonDamage().in(Unit.ONE)) * rate
                        * 1e-12 / dose;
            }
            case Excitation.Dark d -> {
            }
        }
        return new DotResponse(dot, rho, total, biexcitonRate, excitonRadiative, biexcitonRadiative, r, mu, rate,
                damage, excitonRadiative * perRadiative, biexcitonRadiative * perRadiative,
                setup.optics().beamsplitterToFirst().in(Unit.ONE), purcell, intoModes / total, List.copyOf(lines));
    }

    /** Background photons per ps at the SPADs (both together). */
    double backgroundPerPs(Configuration c) {
        SetupModel setup = model.setup();
        double power = c.excitation().powerMicrowatt();
        if (power <= 0 || field == null) {
            return 0;
        }
        double collected = setup.background().collectedPerMicrowatt().in(Unit.HERTZ) * power;
        double spectral = Spectral.overGaussian(this::spadSpectral, setup.background().centre().in(Unit.NANOMETRE),
                setup.background().fwhm().in(Unit.NANOMETRE));
        return collected * setup.optics().pathTransmission().in(Unit.ONE) * unpolarised(c) * spectral
                * setup.detectors().efficiency().in(Unit.ONE) * 1e-12;
    }

    /** Background photons per s per nm reaching the spectrometer's entrance, at a wavelength. */
    double backgroundDensityPerSecond(Configuration c, double nm) {
        SetupModel setup = model.setup();
        double power = c.excitation().powerMicrowatt();
        if (power <= 0 || field == null) {
            return 0;
        }
        return setup.background().collectedPerMicrowatt().in(Unit.HERTZ) * power
                * setup.optics().pathTransmission().in(Unit.ONE) * unpolarised(c)
                * Spectral.gaussian(nm, setup.background().centre().in(Unit.NANOMETRE),
                        setup.background().fwhm().in(Unit.NANOMETRE));
    }

    private DotResponse.Line freeLine(String name, double share, double centre, double width) {
        double spad = Spectral.overLorentzian(this::spadSpectral, centre, width, 300, 1200);
        return new DotResponse.Line(name, share, centre, width, Double.NaN, Double.NaN, spad);
    }

    private DotResponse.Line modeLine(String name, double share, double centre, double width, MicroCavity.Mode mode) {
        double spad = Spectral.overProduct(this::spadSpectral, centre, width, mode.wavelengthNm(), mode.fwhmNm(), 300,
                1200);
        return new DotResponse.Line(name, share, centre, width, mode.wavelengthNm(), mode.fwhmNm(), spad);
    }

    /** Both band-pass filters and the relative SPAD efficiency at a wavelength. */
    double spadSpectral(double nm) {
        double t = Spectral.spadRelative(nm);
        for (BandPass filter : model.setup().filters()) {
            t *= filter.transmission(nm);
        }
        return t;
    }

    /** Transmission of the dot's partially polarised light: Malus for its polarised share, half for the rest. */
    private double polariser(QuantumDot dot, Configuration c) {
        if (!c.polariserIn()) {
            return 1;
        }
        double max = model.setup().optics().polariserTransmission().in(Unit.ONE);
        double min = max / model.setup().optics().polariserExtinction();
        double dolp = dot.dolp().in(Unit.ONE);
        double angle = Math.toRadians(c.polariserDeg() - dot.dipoleAngle().in(Unit.DEGREE));
        double cos2 = Math.cos(angle) * Math.cos(angle);
        return (1 - dolp) * (max + min) / 2 + dolp * (max * cos2 + min * (1 - cos2));
    }

    private double unpolarised(Configuration c) {
        if (!c.polariserIn()) {
            return 1;
        }
        double max = model.setup().optics().polariserTransmission().in(Unit.ONE);
        return (max + max / model.setup().optics().polariserExtinction()) / 2;
    }

    /** Gaussian σ in µm of a diffraction-limited spot of FWHM 0.51·λ/NA. */
    double psfSigmaUm(double nm) {
        double na = model.setup().optics().numericalAperture().in(Unit.ONE);
        return 0.51 * nm / na / 1000 / Spectral.FWHM_PER_SIGMA;
    }
}
