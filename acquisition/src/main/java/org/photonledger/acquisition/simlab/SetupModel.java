package org.photonledger.acquisition.simlab;

import java.util.List;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/**
 * The simulated set-up of Fig. 1d: the fixed properties of every instrument and of the optical path. Defaults are
 * the paper's instruments' data-sheet values where the paper names the instrument (Olympus LCPLFLN100XLCD, Excelitas
 * SPCM-AQRH-14, Swabian Time Tagger 20, PicoQuant PDL 800-D, Thorlabs NanoMax 300) and typical values otherwise.
 */
public record SetupModel(Lasers lasers, Optics optics, List<BandPass> filters, Detectors detectors, Tagger tagger,
        Spectrograph spectrograph, CavityOptics cavity, Background background) {

    public SetupModel {
        filters = List.copyOf(filters);
    }

    /**
     * Laser and positioning ranges.
     *
     * @param wavelength        both lasers (paper: 532 nm)
     * @param cwMaxPower        CW power range 0..max at the sample
     * @param pulsedMaxPower    pulsed average power range 0..max at the sample
     * @param minRepetitionRate pulsed repetition rate range
     * @param maxRepetitionRate pulsed repetition rate range
     * @param pulseWidth        pulse FWHM (paper: 50 ps)
     * @param stageTravel       the stage moves ± this in x and y
     * @param piezoMin          shortest mirror separation the z piezo reaches
     * @param piezoMax          longest (NanoMax 300: 20 µm piezo travel)
     */
    public record Lasers(Quantity wavelength, Quantity cwMaxPower, Quantity pulsedMaxPower, Quantity minRepetitionRate,
            Quantity maxRepetitionRate, Quantity pulseWidth, Quantity stageTravel, Quantity piezoMin,
            Quantity piezoMax) {
    }

    /**
     * Collection optics.
     *
     * @param numericalAperture    objective NA (paper: 0.85)
     * @param magnification        objective magnification (paper: 100×)
     * @param collectionOnGlass    share of a film dot's photons the objective collects on glass: an in-plane
     *                             dipole at an air/glass interface sends most light into the glass, away from the
     *                             objective on the dot's side
     * @param collectionOnMirror   the same on a DBR mirror, which reflects the substrate-bound light back
     * @param pathTransmission     objective, mirrors, dichroic and fibre coupling to the detection arm
     * @param beamsplitterToFirst  share of the HBT beamsplitter's light sent to the first detector (channel 0)
     * @param polariserTransmission transmission of light polarised along the polariser axis
     * @param polariserExtinction  extinction ratio (aligned / crossed transmission)
     * @param spectrometerThroughput grating efficiency × spectrometer optics
     */
    public record Optics(Quantity numericalAperture, double magnification, Quantity collectionOnGlass,
            Quantity collectionOnMirror, Quantity pathTransmission, Quantity beamsplitterToFirst,
            Quantity polariserTransmission, double polariserExtinction, Quantity spectrometerThroughput) {
    }

    /**
     * The two SPADs.
     *
     * @param efficiency           photon detection efficiency at 650 nm (SPCM-AQRH: ~65 % at 650–700 nm); the
     *                             wavelength dependence follows the data-sheet curve
     * @param darkCountRate        dark counts per second (AQRH-14: &lt; 100)
     * @param deadTime             non-paralysable dead time (22 ns)
     * @param jitter               timing jitter FWHM, Gaussian (350 ps)
     * @param afterpulsing         probability of an afterpulse per detection (0.5 %)
     * @param afterpulseDelay      mean delay of an afterpulse after the detector re-arms (exponential)
     */
    public record Detectors(Quantity efficiency, Quantity darkCountRate, Quantity deadTime, Quantity jitter,
            Quantity afterpulsing, Quantity afterpulseDelay) {
    }

    /**
     * The time tagger.
     *
     * @param resolution   time bin (Time Tagger 20: 1 ps digital resolution)
     * @param rmsJitter    RMS jitter per channel (Time Tagger 20: 34 ps)
     * @param maxRate      sustained tag rate over USB (Time Tagger 20: 9 M tags/s); expected higher rates are refused
     * @param maxDelay     the largest channel delay it accepts, either sign
     * @param maxDuration  the longest single acquisition
     */
    public record Tagger(Quantity resolution, Quantity rmsJitter, Quantity maxRate, Quantity maxDelay,
            Quantity maxDuration) {
    }

    /**
     * The grating spectrometer and its CCD.
     *
     * @param gratings        groove densities on the turret (lines per mm)
     * @param focalLength     focal length of the Czerny–Turner spectrograph
     * @param deviationAngle  angle between incident and diffracted beam
     * @param pixels          CCD pixels along the dispersion axis
     * @param pixelSize       pixel pitch
     * @param slitWidth       entrance slit (imaged 1:1; sets the Gaussian instrument function)
     * @param quantumEfficiency CCD quantum efficiency (back-illuminated, flat over 550–800 nm)
     * @param readNoise       read noise in electrons RMS (1 electron per count)
     * @param darkCurrent     dark electrons per pixel per second
     * @param bias            offset added to every pixel, in counts
     * @param fullScale       largest count a pixel can report (16-bit ADC)
     * @param longPassEdge    the laser-rejection long-pass in front of the spectrometer
     * @param minExposure     exposure range
     * @param maxExposure     exposure range
     */
    public record Spectrograph(List<Integer> gratings, Quantity focalLength, Quantity deviationAngle, int pixels,
            Quantity pixelSize, Quantity slitWidth, Quantity quantumEfficiency, double readNoise,
            Quantity darkCurrent, double bias, double fullScale, Quantity longPassEdge, Quantity minExposure,
            Quantity maxExposure) {

        public Spectrograph {
            gratings = List.copyOf(gratings);
        }
    }

    /**
     * Optics of the open-access cavity beyond what the specimen records (q, L0, λ0, finesse, Purcell factor).
     *
     * @param radiusOfCurvature   concave mirror (paper: 8 µm); sets the Gouy phase and the mode waist
     * @param penetrationDepth    field penetration into both DBRs together; it lengthens the cavity's
     *                            effective length, so the free spectral range and the mode linewidth shrink
     * @param planarTransmission  transmission of the planar mirror (paper: 97.5 % reflectivity), through which the
     *                            mode is collected; escape efficiency = T·F/2π
     * @param stopbandCentre      DBR design wavelength (paper: 690 nm)
     * @param stopbandHalfWidth   half width of the DBR stop band; outside it there is no cavity mode
     * @param leakyModeFactor     radiative rate into non-cavity (leaky) modes relative to free space; below 1
     *                            because the mirrors inhibit emission, which is why the paper's in-cavity lifetime
     *                            (12.7 ns) is not shorter than on glass (12.2 ns)
     * @param leakyCollection     share of leaky-mode photons that still reach the objective through the DBR
     * @param modeCollection      share of the escaping mode the objective and the path accept (low-NA mode)
     * @param excitationTransmission transmission of the 532 nm laser through the planar mirror
     * @param isolationRadius     film dots closer than this to the chosen dot are not there: the experimenter chose
     *                            an isolated dot (Fig. 3a), the records say one dot sits at that position
     */
    public record CavityOptics(Quantity radiusOfCurvature, Quantity penetrationDepth, Quantity planarTransmission,
            Quantity stopbandCentre, Quantity stopbandHalfWidth, double leakyModeFactor, Quantity leakyCollection,
            Quantity modeCollection, Quantity excitationTransmission, Quantity isolationRadius) {
    }

    /**
     * Uncorrelated background light: PL of the film and host, laser leakage; proportional to the laser power.
     *
     * @param collectedPerMicrowatt photons per second reaching the detection path per µW of excitation
     * @param centre                centre of its broad (Gaussian) spectrum
     * @param fwhm                  width of that spectrum
     */
    public record Background(Quantity collectedPerMicrowatt, Quantity centre, Quantity fwhm) {
    }

    public static SetupModel defaults() {
        return new SetupModel(
                new Lasers(Quantity.of(532, Unit.NANOMETRE), Quantity.of(10, Unit.MILLIWATT),
                        Quantity.of(1, Unit.MILLIWATT), Quantity.of(1, Unit.MEGAHERTZ),
                        Quantity.of(80, Unit.MEGAHERTZ), Quantity.of(50, Unit.PICOSECOND),
                        Quantity.of(50, Unit.MICROMETRE), Quantity.of(0.3, Unit.MICROMETRE),
                        Quantity.of(20, Unit.MICROMETRE)),
                new Optics(Quantity.of(0.85, Unit.ONE), 100, Quantity.of(20, Unit.PERCENT),
                        Quantity.of(45, Unit.PERCENT), Quantity.of(60, Unit.PERCENT), Quantity.of(50, Unit.PERCENT),
                        Quantity.of(90, Unit.PERCENT), 1000, Quantity.of(30, Unit.PERCENT)),
                List.of(new BandPass("filter-1", Quantity.of(665, Unit.NANOMETRE), Quantity.of(75, Unit.NANOMETRE),
                                Quantity.of(93, Unit.PERCENT), Quantity.of(4, Unit.NANOMETRE), 6),
                        new BandPass("filter-2", Quantity.of(650, Unit.NANOMETRE), Quantity.of(100, Unit.NANOMETRE),
                                Quantity.of(90, Unit.PERCENT), Quantity.of(5, Unit.NANOMETRE), 6)),
                new Detectors(Quantity.of(65, Unit.PERCENT), Quantity.of(100, Unit.HERTZ),
                        Quantity.of(22, Unit.NANOSECOND), Quantity.of(350, Unit.PICOSECOND),
                        Quantity.of(0.5, Unit.PERCENT), Quantity.of(50, Unit.NANOSECOND)),
                new Tagger(Quantity.of(1, Unit.PICOSECOND), Quantity.of(34, Unit.PICOSECOND),
                        Quantity.of(9, Unit.MEGAHERTZ), Quantity.of(2, Unit.MICROSECOND), Quantity.of(1, Unit.HOUR)),
                new Spectrograph(List.of(150, 300, 600, 1200), Quantity.of(303, Unit.MILLIMETRE),
                        Quantity.of(30, Unit.DEGREE), 1024, Quantity.of(26, Unit.MICROMETRE),
                        Quantity.of(20, Unit.MICROMETRE), Quantity.of(90, Unit.PERCENT), 4, Quantity.of(0.002,
                                Unit.HERTZ), 300, 65535, Quantity.of(550, Unit.NANOMETRE),
                        Quantity.of(1, Unit.MILLISECOND), Quantity.of(10, Unit.MINUTE)),
                new CavityOptics(Quantity.of(8, Unit.MICROMETRE), Quantity.of(0.6, Unit.MICROMETRE),
                        Quantity.of(2.5, Unit.PERCENT), Quantity.of(690, Unit.NANOMETRE),
                        Quantity.of(80, Unit.NANOMETRE), 0.8, Quantity.of(1, Unit.PERCENT),
                        Quantity.of(95, Unit.PERCENT), Quantity.of(90, Unit.PERCENT),
                        Quantity.of(1, Unit.MICROMETRE)),
                new Background(Quantity.of(2000, Unit.HERTZ), Quantity.of(640, Unit.NANOMETRE),
                        Quantity.of(150, Unit.NANOMETRE)));
    }

    public SetupModel withDetectors(Detectors d) {
        return new SetupModel(lasers, optics, filters, d, tagger, spectrograph, cavity, background);
    }

    public SetupModel withBackground(Background b) {
        return new SetupModel(lasers, optics, filters, detectors, tagger, spectrograph, cavity, b);
    }
}
