package org.photonledger.acquisition.simlab;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.photonledger.acquisition.instrument.CavityPiezo;
import org.photonledger.acquisition.instrument.ExcitationLaser;
import org.photonledger.acquisition.instrument.InstrumentException;
import org.photonledger.acquisition.instrument.InstrumentSet;
import org.photonledger.acquisition.instrument.Objective;
import org.photonledger.acquisition.instrument.OpticalFilter;
import org.photonledger.acquisition.instrument.PhotonDetector;
import org.photonledger.acquisition.instrument.Polariser;
import org.photonledger.acquisition.instrument.PositioningStage;
import org.photonledger.acquisition.instrument.PulsedLaser;
import org.photonledger.acquisition.instrument.SampleEnvironment;
import org.photonledger.acquisition.instrument.Specimen;
import org.photonledger.acquisition.instrument.Spectrometer;
import org.photonledger.acquisition.instrument.SpectrumFrame;
import org.photonledger.acquisition.instrument.TimeTagger;
import org.photonledger.acquisition.timetag.TagSource;
import org.photonledger.acquisition.timetag.TimeBase;
import org.photonledger.domain.measurement.InstrumentSettings;
import org.photonledger.domain.measurement.InstrumentSnapshot;
import org.photonledger.domain.measurement.Setting;
import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/**
 * A physics-based simulation of the paper's set-up (Fig. 1d) behind the instrument ports: perovskite dots on a film
 * or in an open-access cavity, excited by a CW or pulsed laser, detected by two SPADs and a time tagger or by a
 * spectrometer. Seeded and reproducible: the same seed, the same mounted specimen and the same sequence of calls
 * give bit-identical tags and frames.
 *
 * <p>The lab keeps a clock that advances by each acquisition's duration and each exposure, and the photodamage of
 * every dot it has excited (a bleached dot stays dark, also if its film is mounted again). The snapshot adds an
 * entry {@code specimen} to the ports' instruments: the mounted specimen, the population model, and the ground truth
 * of the dots in the focus (lifetimes, rates, g²(0), polarisation, blinking, damage) under the current settings, so
 * a measurement's snapshot tells the whole truth of what the simulation did.
 */
public final class SimulatedLab implements InstrumentSet {

    /** Dots reported in the snapshot, nearest the axis first. */
    static final int REPORTED_DOTS = 5;

    private static final double DEFAULT_DENSITY_PER_UM2 = 0.1;
    /** Largest dtime of PicoQuant's HydraHarp/MultiHarp T3 records (15 bits). */
    private static final int MAX_DTIME = 0x7FFF;

    private final String name;
    private final long seed;
    private final LabModel model;
    private final SimulatedCwLaser cwLaser;
    private final SimulatedPulsedLaser pulsedLaser;
    private final SimulatedStage stage;
    private final SimulatedPiezo piezo;
    private final SimulatedObjective objective;
    private final SimulatedEnvironment environment;
    private final SimulatedSpectrometer spectrometer;
    private final SimulatedPolariser polariser;
    private final List<OpticalFilter> filters;
    private final List<PhotonDetector> detectors;
    private final SimulatedTimeTagger timeTagger;

    private Specimen specimen;
    private OpticalPath path;
    private long clockPs;
    private long events;
    private final Map<String, Double> damage = new HashMap<>();
    private final Map<String, Telegraph> telegraphs = new HashMap<>();

    /** The paper's set-up with default models. */
    public SimulatedLab(long seed) {
        this(seed, LabModel.defaults());
    }

    public SimulatedLab(long seed, LabModel model) {
        this("simulated-lab-1", seed, model);
    }

    public SimulatedLab(String name, long seed, LabModel model) {
        this.name = name;
        this.seed = seed;
        this.model = model;
        SetupModel setup = model.setup();
        double jitterBound = Draws.GAUSSIAN_CUT * jitterSigmaPs(setup);
        if (setup.detectors().deadTime().in(Unit.PICOSECOND) <= 2 * jitterBound) {
            throw new IllegalArgumentException("the detectors' dead time " + setup.detectors().deadTime()
                    + " must exceed twice the jitter bound (" + 2 * jitterBound + " ps) so that stamps stay ordered");
        }
        this.cwLaser = new SimulatedCwLaser(setup.lasers());
        this.pulsedLaser = new SimulatedPulsedLaser(setup.lasers());
        this.stage = new SimulatedStage(setup.lasers());
        this.piezo = new SimulatedPiezo(this, setup.lasers());
        this.objective = new SimulatedObjective(setup);
        this.environment = new SimulatedEnvironment(model.dots());
        this.spectrometer = new SimulatedSpectrometer(this, setup.spectrograph());
        this.polariser = new SimulatedPolariser(setup.optics());
        this.filters = setup.filters().stream().map(f -> (OpticalFilter) new SimulatedFilter(f)).toList();
        this.detectors = List.of(new SimulatedDetector(0, setup), new SimulatedDetector(1, setup));
        this.timeTagger = new SimulatedTimeTagger(this, setup.tagger());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ExcitationLaser cwLaser() {
        return cwLaser;
    }

    @Override
    public PulsedLaser pulsedLaser() {
        return pulsedLaser;
    }

    @Override
    public PositioningStage stage() {
        return stage;
    }

    @Override
    public CavityPiezo cavityPiezo() {
        return piezo;
    }

    @Override
    public Objective objective() {
        return objective;
    }

    @Override
    public SampleEnvironment environment() {
        return environment;
    }

    @Override
    public Spectrometer spectrometer() {
        return spectrometer;
    }

    @Override
    public Polariser polariser() {
        return polariser;
    }

    @Override
    public List<OpticalFilter> filters() {
        return filters;
    }

    @Override
    public List<PhotonDetector> detectors() {
        return detectors;
    }

    @Override
    public TimeTagger timeTagger() {
        return timeTagger;
    }

    public LabModel model() {
        return model;
    }

    /**
     * Mounts a specimen and resets the instruments: lasers off at their idle powers, polariser out, tagger delays
     * zero, room temperature; a film is put at its reference point, a cavity at its dot with the configured mirror
     * separation.
     */
    @Override
    public synchronized void mount(Specimen specimen) {
        if (specimen == null) {
            throw new InstrumentException(name + ": nothing to mount (specimen is null)");
        }
        this.specimen = specimen;
        Specimen.Film film = specimen instanceof Specimen.Cavity cavity ? cavity.film() : (Specimen.Film) specimen;
        double density = film.dotDensity() == null ? DEFAULT_DENSITY_PER_UM2
                : film.dotDensity().in(Unit.PER_SQUARE_MICROMETRE);
        if (!(density >= 0) || density > 1000) {
            throw new InstrumentException(name + ": film " + film.filmId() + " has a dot density of "
                    + film.dotDensity() + "; the simulation handles 0–1000 per µm²");
        }
        cwLaser.reset();
        pulsedLaser.reset();
        polariser.reset();
        timeTagger.reset();
        environment.reset();
        if (specimen instanceof Specimen.Cavity cavity) {
            SetupModel.CavityOptics optics = model.setup().cavity();
            PlanePosition at = cavity.dotPosition();
            QuantumDot chosen = QuantumDot.draw("cavity-dot", at.x().in(Unit.MICROMETRE), at.y().in(Unit.MICROMETRE),
                    model.dots(), new SplittableRandom(Seeds.mix(cavity.seed(), Seeds.of(cavity.cavityId()))));
            DotField field = new DotField(film.seed(), density, model.dots(), chosen,
                    optics.isolationRadius().in(Unit.MICROMETRE));
            path = new OpticalPath(model, field, new MicroCavity(cavity, optics), film.onMirror());
            stage.reset(at);
            piezo.reset(cavity.configuredLength());
        } else {
            path = new OpticalPath(model, new DotField(film.seed(), density, model.dots(), null, 0), null,
                    film.onMirror());
            stage.reset(PlanePosition.of(0, 0, Unit.MICROMETRE));
            piezo.reset(SimulatedPiezo.IDLE_LENGTH);
        }
    }

    /** The mounted specimen, or null before the first mount. */
    @Override
    public synchronized Specimen mounted() {
        return specimen;
    }

    /**
     * The dots of the mounted specimen within {@code radius} of a film position, nearest first: what a perfect
     * confocal scan would find, for choosing a dot (and for tests that need the truth).
     */
    public synchronized List<QuantumDot> dots(PlanePosition centre, Quantity radius) {
        if (path == null) {
            return List.of();
        }
        return pathField().within(centre.x().in(Unit.MICROMETRE), centre.y().in(Unit.MICROMETRE),
                radius.in(Unit.MICROMETRE));
    }

    /** Lab time spent acquiring so far. */
    public synchronized Quantity clock() {
        return Quantity.of(clockPs, Unit.PICOSECOND);
    }

    @Override
    public InstrumentSnapshot snapshot() {
        List<InstrumentSettings> all = new ArrayList<>(InstrumentSet.super.snapshot().instruments());
        all.add(specimenSettings());
        return new InstrumentSnapshot(name, all);
    }

    synchronized long events() {
        return events;
    }

    synchronized MicroCavity cavity() {
        return path == null ? null : path.cavity();
    }

    boolean pulsedMode() {
        return pulsedLaser.enabled();
    }

    /** The set-up as it is now; refuses both lasers at once, which the photon engines do not model. */
    synchronized Configuration configuration() {
        boolean cw = cwLaser.enabled();
        boolean pulsed = pulsedLaser.enabled();
        if (cw && pulsed) {
            throw new InstrumentException(name + ": cw-laser and pulsed-laser are both enabled; the simulation "
                    + "excites with one laser at a time, disable one of them");
        }
        Excitation excitation = cw ? new Excitation.Cw(cwLaser.power().in(Unit.MICROWATT))
                : pulsed ? new Excitation.Pulsed(pulsedLaser.power().in(Unit.MICROWATT),
                        pulsedLaser.repetitionRate().in(Unit.HERTZ), pulsedLaser.pulseWidth().in(Unit.PICOSECOND))
                : new Excitation.Dark();
        PlanePosition p = stage.position();
        return new Configuration(environment.cold(), p.x().in(Unit.MICROMETRE), p.y().in(Unit.MICROMETRE),
                piezo.length().in(Unit.MICROMETRE), polariser.inserted(), polariser.angle().in(Unit.DEGREE),
                excitation);
    }

    /** Starts an acquisition: fixes the configuration, advances clock and photodamage, returns the lazy tags. */
    synchronized TagSource acquireTags(long durationPs, long[] channelDelaysPs, long syncDelayPs) {
        Configuration c = configuration();
        SetupModel setup = model.setup();
        List<DotResponse> responses = path == null ? List.of() : path.respond(c);
        double background = path == null ? 0 : path.backgroundPerPs(c);
        double dark = setup.detectors().darkCountRate().in(Unit.HERTZ) * 1e-12;
        double toFirst = setup.optics().beamsplitterToFirst().in(Unit.ONE);
        double deadPs = setup.detectors().deadTime().in(Unit.PICOSECOND);
        double afterpulsing = setup.detectors().afterpulsing().in(Unit.ONE);
        checkRate(responses, background, dark, toFirst, deadPs, afterpulsing);

        boolean t3 = c.excitation() instanceof Excitation.Pulsed;
        double resolution = setup.tagger().resolution().in(Unit.PICOSECOND);
        TimeBase timeBase = t3 ? TimeBase.t3(((Excitation.Pulsed) c.excitation()).periodPs(),
                dtimeUnitPs(((Excitation.Pulsed) c.excitation()).periodPs(), resolution)) : TimeBase.t2(resolution);
        long[] shifts = new long[channelDelaysPs.length];
        long maxShift = 0;
        for (int d = 0; d < shifts.length; d++) {
            shifts[d] = channelDelaysPs[d] - (t3 ? syncDelayPs : 0);
            maxShift = Math.max(maxShift, Math.abs(shifts[d]));
        }
        double jitterSigma = jitterSigmaPs(setup);
        long margin = maxShift + (long) Math.ceil(Draws.GAUSSIAN_CUT * jitterSigma) + 1;
        long startPs = -(warmUpPs(responses, c) + margin);
        long endPs = durationPs + margin + 1;

        long start = clockPs;
        long acquisition = Seeds.mix(seed, events++, 0x7A65L);
        List<PhotonStream> streams = new ArrayList<>();
        for (int i = 0; i < responses.size(); i++) {
            DotResponse r = responses.get(i);
            Gate gate = gate(r, c.cold(), start, durationPs);
            if (r.detectedPerPs() > 0) {
                SplittableRandom random = new SplittableRandom(Seeds.mix(acquisition, i + 1));
                streams.add(t3 ? new PulsedStream(random, r, gate, timeBase,
                        ((Excitation.Pulsed) c.excitation()).pulseFwhmPs(), startPs, endPs)
                        : new CwStream(random, r, gate, startPs, endPs));
            }
        }
        streams.add(new PoissonStream(new SplittableRandom(Seeds.mix(acquisition, -1)), background, -1, toFirst,
                startPs, endPs));
        for (int d = 0; d < shifts.length; d++) {
            streams.add(new PoissonStream(new SplittableRandom(Seeds.mix(acquisition, -2 - d)), dark, d, 1, startPs,
                    endPs));
        }
        for (DotResponse r : responses) {
            damage.merge(key(r.dot()), r.damagePerPs() * durationPs, Double::sum);
        }
        clockPs += durationPs;
        return new SimulatedTagSource(timeBase, streams.toArray(PhotonStream[]::new), durationPs, Math.round(deadPs),
                jitterSigma, afterpulsing, setup.detectors().afterpulseDelay().in(Unit.PICOSECOND), shifts,
                acquisition);
    }

    /** Takes one CCD exposure of what the detection path delivers now. */
    synchronized SpectrumFrame acquireSpectrum(SimulatedSpectrometer instrument, int grating, double centreNm,
            double exposureS) {
        Configuration c = configuration();
        SetupModel setup = model.setup();
        SetupModel.Spectrograph ccd = setup.spectrograph();
        double[] nm = instrument.wavelengths(grating, centreNm);
        int n = nm.length;
        int sub = 8;
        double[] fine = new double[n * sub];
        double[] fineNm = new double[n * sub];
        for (int i = 0; i < n * sub; i++) {
            fineNm[i] = instrument.wavelengthAt(grating, centreNm, (i + 0.5) / sub - n / 2.0);
        }
        List<DotResponse> responses = path == null ? List.of() : path.respond(c);
        long exposurePs = Math.round(exposureS * 1e12);
        long start = clockPs;
        double[] lineRates = new double[responses.size()];
        for (int k = 0; k < responses.size(); k++) {
            DotResponse r = responses.get(k);
            double on = onShare(r, c.cold(), start, exposurePs);
            double[] radiative = r.radiativePerSecond();
            lineRates[k] = (radiative[0] + radiative[1]) * on;
        }
        double throughput = setup.optics().spectrometerThroughput().in(Unit.ONE)
                * ccd.quantumEfficiency().in(Unit.ONE);
        double edge = ccd.longPassEdge().in(Unit.NANOMETRE);
        for (int i = 0; i < fine.length; i++) {
            double lambda = fineNm[i];
            double width = Math.abs(i + 1 < fine.length ? fineNm[i + 1] - lambda : lambda - fineNm[i - 1]);
            double density = path == null ? 0 : path.backgroundDensityPerSecond(c, lambda);
            for (int k = 0; k < responses.size(); k++) {
                if (lineRates[k] > 0) {
                    for (DotResponse.Line line : responses.get(k).lines()) {
                        density += lineRates[k] * line.share() * line.density(lambda);
                    }
                }
            }
            double longPass = 1 / (1 + Math.exp(-(lambda - edge) / 2.0));
            fine[i] = density * width * longPass * throughput * exposureS;
        }
        double[] blurred = blur(fine, instrument.instrumentFwhmNm(grating, centreNm)
                / Math.abs(fineNm[fine.length / 2 + 1] - fineNm[fine.length / 2]));
        SplittableRandom random = new SplittableRandom(Seeds.mix(seed, events++, 0x5BEC7L));
        double darkElectrons = ccd.darkCurrent().in(Unit.HERTZ) * exposureS;
        double[] counts = new double[n];
        for (int i = 0; i < n; i++) {
            double mean = darkElectrons;
            for (int s = 0; s < sub; s++) {
                mean += blurred[i * sub + s];
            }
            double electrons = Draws.poisson(random, mean) + ccd.readNoise() * random.nextGaussian();
            counts[i] = Math.max(0, Math.min(ccd.fullScale(), Math.rint(ccd.bias() + electrons)));
        }
        for (DotResponse r : responses) {
            damage.merge(key(r.dot()), r.damagePerPs() * exposurePs, Double::sum);
        }
        clockPs += exposurePs;
        return new SpectrumFrame(nm, counts, exposureS);
    }

    /** The specimen entry of the snapshot: specimen, models and the truth of the dots in the focus. */
    synchronized InstrumentSettings specimenSettings() {
        List<Setting> s = new ArrayList<>();
        s.add(Setting.of("sim.seed", seed));
        s.add(Setting.of("sim.labClock", clock()));
        if (specimen == null) {
            s.add(Setting.text("sim.specimen.kind", "none"));
            return new InstrumentSettings("specimen", "simulated specimen", "simulated lab physics", s);
        }
        Specimen.Film film = specimen instanceof Specimen.Cavity cavity ? cavity.film() : (Specimen.Film) specimen;
        s.add(Setting.text("sim.specimen.kind", specimen instanceof Specimen.Cavity ? "cavity" : "film"));
        s.add(Setting.text("sim.specimen.filmId", film.filmId()));
        s.add(Setting.of("sim.specimen.filmSeed", film.seed()));
        s.add(Setting.text("sim.specimen.substrate", film.onMirror() ? "DBR mirror" : "glass"));
        s.add(film.dotDensity() == null
                ? Setting.of("sim.specimen.dotDensity", Quantity.of(1, Unit.PER_TEN_SQUARE_MICROMETRES))
                : Setting.of("sim.specimen.dotDensity", film.dotDensity()));
        if (specimen instanceof Specimen.Cavity cavity) {
            s.add(Setting.of("sim.specimen.cavitySeed", cavity.seed()));
            s.addAll(path.cavity().settings("sim.cavity.", piezo.length().in(Unit.MICROMETRE)));
        }
        s.addAll(model.dots().settings("sim.model."));
        SetupModel.Background bg = model.setup().background();
        s.add(Setting.of("sim.background.collectedPerMicrowatt", bg.collectedPerMicrowatt()));
        s.add(Setting.of("sim.background.centre", bg.centre()));
        s.add(Setting.of("sim.background.fwhm", bg.fwhm()));
        s.add(Setting.of("sim.engine.focusSearchRadius", Quantity.of(OpticalPath.SEARCH_RADIUS_UM,
                Unit.MICROMETRE)));
        s.add(Setting.of("sim.engine.excitationCutoff", OpticalPath.EXCITATION_CUTOFF, ""));
        s.add(Setting.of("sim.engine.independentPulsesBelow", PulsedStream.INDEPENDENT_PULSES, ""));
        s.add(Setting.text("sim.engine.warmUp", "2 µs + 30 emission cycles of the slowest dot, before time zero"));
        Configuration c;
        try {
            c = configuration();
        } catch (InstrumentException e) {
            s.add(Setting.text("sim.truth", "not available: " + e.getMessage()));
            return new InstrumentSettings("specimen", "simulated specimen", "simulated lab physics", s);
        }
        List<DotResponse> responses = path.respond(c);
        if (c.excitation() instanceof Excitation.Pulsed p && !responses.isEmpty()) {
            boolean skipping = Math.exp(-p.periodPs() * responses.get(0).decayPerPs())
                    < PulsedStream.INDEPENDENT_PULSES;
            s.add(Setting.text("sim.engine.pulsed", skipping ? "independent pulses: jumps to detected pulses"
                    : "pulse by pulse (the exciton can outlive a period)"));
        }
        double toFirst = model.setup().optics().beamsplitterToFirst().in(Unit.ONE);
        double background = path.backgroundPerPs(c) * 1e12;
        s.add(Setting.of("sim.truth.background.ch0", Quantity.of(background * toFirst, Unit.HERTZ)));
        s.add(Setting.of("sim.truth.background.ch1", Quantity.of(background * (1 - toFirst), Unit.HERTZ)));
        s.add(Setting.of("sim.truth.dotsInFocus", responses.size()));
        for (int i = 0; i < Math.min(REPORTED_DOTS, responses.size()); i++) {
            s.addAll(truth("sim.truth.dot." + i + ".", responses.get(i), c));
        }
        return new InstrumentSettings("specimen", "simulated specimen", "simulated lab physics", s);
    }

    private List<Setting> truth(String p, DotResponse r, Configuration c) {
        QuantumDot dot = r.dot();
        DotModel.Phase phase = model.dots().at(c.cold());
        List<Setting> s = new ArrayList<>();
        s.add(Setting.text(p + "id", dot.id()));
        s.add(Setting.of(p + "x", dot.position().x()));
        s.add(Setting.of(p + "y", dot.position().y()));
        s.add(Setting.of(p + "distanceFromAxis", Quantity.of(r.rhoUm(), Unit.MICROMETRE)));
        s.add(Setting.of(p + "centreWavelength", dot.centreWavelength()));
        s.add(Setting.of(p + "linewidth", dot.linewidth(c.cold())));
        s.add(Setting.of(p + "freeLifetime", dot.lifetime(c.cold())));
        s.add(Setting.of(p + "lifetime", Quantity.of(1 / r.decayPerPs() / 1000, Unit.NANOSECOND)));
        s.add(Setting.of(p + "excitonRadiativeShare", r.excitonRadiative(), ""));
        s.add(Setting.of(p + "biexcitonRadiativeShare", r.biexcitonRadiative(), ""));
        s.add(Setting.of(p + "biexcitonLifetime", phase.biexcitonLifetime()));
        s.add(Setting.of(p + "dolp", dot.dolp()));
        s.add(Setting.of(p + "dipoleAngle", dot.dipoleAngle()));
        s.add(Setting.of(p + "saturationPower", dot.saturationPower(c.cold())));
        if (r.pulsed()) {
            s.add(Setting.of(p + "absorbedPerPulse", r.absorbedPerPulse(), ""));
        } else {
            s.add(Setting.of(p + "excitationRate", Quantity.of(r.excitationPerPs() * 1e6, Unit.MEGAHERTZ)));
        }
        s.add(Setting.of(p + "purcellEffective", r.purcell(), ""));
        s.add(Setting.of(p + "modeShare", r.modeShare(), ""));
        s.add(Setting.of(p + "excitonDetected", r.excitonDetected(), ""));
        s.add(Setting.of(p + "biexcitonDetected", r.biexcitonDetected(), ""));
        double rate = r.detectedPerPs() * 1e12;
        s.add(Setting.of(p + "detectedRateOn.ch0", Quantity.of(rate * r.toFirstDetector(), Unit.HERTZ)));
        s.add(Setting.of(p + "detectedRateOn.ch1", Quantity.of(rate * (1 - r.toFirstDetector()), Unit.HERTZ)));
        s.add(Setting.of(p + "g2Zero", r.g2Zero(), ""));
        s.addAll(phase.blinking().settings(p + "blinking."));
        s.add(Setting.of(p + "photodamage", damage.getOrDefault(key(dot), 0.0), ""));
        s.add(Setting.of(p + "bleachingThreshold", dot.bleachingThreshold(), ""));
        s.add(Setting.of(p + "bleached", damage.getOrDefault(key(dot), 0.0) >= dot.bleachingThreshold()));
        s.add(Setting.of(p + "photodamageRate", r.damagePerPs() * 1e12, "1/s"));
        for (DotResponse.Line line : r.lines()) {
            String q = p + "route." + line.path().replace(' ', '-') + ".";
            s.add(Setting.of(q + "share", line.share(), ""));
            s.add(Setting.of(q + "spadSpectral", line.spadSpectral(), ""));
            if (line.filtered()) {
                s.add(Setting.of(q + "modeCentre", Quantity.of(line.modeNm(), Unit.NANOMETRE)));
                s.add(Setting.of(q + "modeFwhm", Quantity.of(line.modeFwhmNm(), Unit.NANOMETRE)));
            }
        }
        return s;
    }

    private void checkRate(List<DotResponse> responses, double background, double dark, double toFirst,
            double deadPs, double afterpulsing) {
        double[] rate = {background * toFirst + dark, background * (1 - toFirst) + dark};
        for (DotResponse r : responses) {
            double d = r.detectedPerPs();
            rate[0] += d * r.toFirstDetector();
            rate[1] += d * (1 - r.toFirstDetector());
        }
        double tags = 0;
        for (double x : rate) {
            tags += x / (1 + x * deadPs) * (1 + afterpulsing);
        }
        double perSecond = tags * 1e12;
        double max = model.setup().tagger().maxRate().in(Unit.HERTZ);
        if (perSecond > max) {
            throw new InstrumentException(String.format(Locale.ROOT,
                    "time-tagger: the expected tag rate of %.3g tags/s is above the sustained maximum of %.3g tags/s;"
                            + " lower the laser power", perSecond, max));
        }
    }

    /** Long enough for the emitters to forget their start: 2 µs plus 30 cycles of the slowest dot. */
    private static long warmUpPs(List<DotResponse> responses, Configuration c) {
        double longest = 0;
        for (DotResponse r : responses) {
            double cycle = 1 / r.decayPerPs();
            if (r.excitationPerPs() > 0) {
                cycle += Math.min(1 / r.excitationPerPs(), 1e9);
            }
            longest = Math.max(longest, cycle);
        }
        double period = c.excitation() instanceof Excitation.Pulsed p ? p.periodPs() : 0;
        return 2_000_000 + Math.round(30 * longest + 3 * period);
    }

    private Gate gate(DotResponse r, boolean cold, long start, long durationPs) {
        QuantumDot dot = r.dot();
        double before = damage.getOrDefault(key(dot), 0.0);
        long bleach;
        if (before >= dot.bleachingThreshold()) {
            bleach = Long.MIN_VALUE;
        } else if (r.damagePerPs() > 0) {
            double at = (dot.bleachingThreshold() - before) / r.damagePerPs();
            bleach = at > durationPs + 1e12 ? Long.MAX_VALUE : (long) Math.ceil(at);
        } else {
            bleach = Long.MAX_VALUE;
        }
        return new Gate(telegraph(dot, cold), start, bleach);
    }

    /** Share of an exposure the dot spends on (blinking) and unbleached. */
    private double onShare(DotResponse r, boolean cold, long start, long exposurePs) {
        Gate gate = gate(r, cold, start, exposurePs);
        long t = gate.nextOn(0);
        long on = 0;
        while (t < exposurePs) {
            long end = Math.min(gate.onEnd(t), exposurePs);
            on += end - t;
            t = end >= exposurePs ? exposurePs : gate.nextOn(end);
        }
        return (double) on / exposurePs;
    }

    private Telegraph telegraph(QuantumDot dot, boolean cold) {
        String key = key(dot) + (cold ? "@cryogenic" : "@room-temperature");
        return telegraphs.computeIfAbsent(key, k -> new Telegraph(model.dots().at(cold).blinking(),
                Seeds.mix(seed, dot.blinkingSeed(), cold ? 4 : 295)));
    }

    /** Damage and blinking belong to the film's dot (or the cavity's chosen dot) across mounts. */
    private String key(QuantumDot dot) {
        if (specimen instanceof Specimen.Cavity cavity) {
            return dot.id().equals("cavity-dot") ? "cavity:" + cavity.cavityId() + "/" + dot.id()
                    : "film:" + cavity.film().filmId() + "/" + dot.id();
        }
        return "film:" + ((Specimen.Film) specimen).filmId() + "/" + dot.id();
    }

    private DotField pathField() {
        return path.field();
    }

    private static double[] blur(double[] values, double fwhmSamples) {
        double sigma = fwhmSamples / Spectral.FWHM_PER_SIGMA;
        if (sigma < 0.3) {
            return values;
        }
        int half = (int) Math.ceil(5 * sigma);
        double[] kernel = new double[2 * half + 1];
        double sum = 0;
        for (int k = -half; k <= half; k++) {
            kernel[k + half] = Math.exp(-0.5 * k * k / (sigma * sigma));
            sum += kernel[k + half];
        }
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double v = 0;
            for (int k = -half; k <= half; k++) {
                int j = i + k;
                if (j >= 0 && j < values.length) {
                    v += values[j] * kernel[k + half];
                }
            }
            out[i] = v / sum;
        }
        return out;
    }

    /**
     * The T3 dtime unit: the finest power-of-two multiple of the tagger's resolution for which a whole sync period
     * fits PicoQuant's 15-bit T3 dtime field (as a HydraHarp's binning does), so that any T3 acquisition can be
     * written as a PTU file: 1 ps at 80 MHz, 8 ps at 5 MHz, 32 ps at 1 MHz.
     */
    static double dtimeUnitPs(double periodPs, double resolutionPs) {
        double unit = resolutionPs;
        while (Math.ceil(periodPs / unit) > MAX_DTIME + 1) {
            unit *= 2;
        }
        return unit;
    }

    private static double jitterSigmaPs(SetupModel setup) {
        double spad = setup.detectors().jitter().in(Unit.PICOSECOND) / Spectral.FWHM_PER_SIGMA;
        double tagger = setup.tagger().rmsJitter().in(Unit.PICOSECOND);
        return Math.sqrt(spad * spad + tagger * tagger);
    }
}
