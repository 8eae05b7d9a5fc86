package org.photonledger.processing.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.photonledger.acquisition.correlator.CorrelationHistogram;
import org.photonledger.acquisition.correlator.CountRateTrace;
import org.photonledger.acquisition.correlator.CountRateTracer;
import org.photonledger.acquisition.correlator.CrossCorrelator;
import org.photonledger.acquisition.correlator.LifetimeHistogrammer;
import org.photonledger.acquisition.correlator.LifetimeHistograms;
import org.photonledger.acquisition.measurement.HbtPlan;
import org.photonledger.acquisition.measurement.MeasurementPlans;
import org.photonledger.acquisition.measurement.PlanParameters;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.acquisition.timetag.TagSource;
import org.photonledger.domain.measurement.MeasurementType;
import org.photonledger.domain.measurement.Setting;
import org.photonledger.domain.result.ResultValue;
import org.photonledger.domain.units.Unit;
import org.photonledger.processing.analysis.Blinking;
import org.photonledger.processing.analysis.BlinkingResult;
import org.photonledger.processing.analysis.CwG2;
import org.photonledger.processing.analysis.CwG2Result;
import org.photonledger.processing.analysis.Estimate;
import org.photonledger.processing.analysis.Histogram;
import org.photonledger.processing.analysis.Lifetime;
import org.photonledger.processing.analysis.LifetimeResult;
import org.photonledger.processing.analysis.Malus;
import org.photonledger.processing.analysis.MalusResult;
import org.photonledger.processing.analysis.PulsedG2;
import org.photonledger.processing.analysis.PulsedG2Result;
import org.photonledger.processing.analysis.Spectrum;
import org.photonledger.processing.analysis.SpectrumResult;

/**
 * The standard analysis of each measurement type, from its raw data and its recorded parameters: pulsed HBT → g²(0)
 * and purity, CW HBT → g0 and purity, TRPL → lifetime, blinking → on-fraction, spectrum → centre and FWHM,
 * polarisation series → DOLP. A pure function: the same data and parameters give the same numbers, which is what
 * lets a figure be reproduced and verified later.
 */
public final class MeasurementAnalysis {

    /** One analysis outcome, ready to be recorded as a result. */
    public record Outcome(String model, String method, List<Setting> parameters, List<ResultValue> values,
            String headline, Double chi2Reduced, AnalysisPlot plot) {
    }

    private MeasurementAnalysis() {
    }

    /** Whether this type has a standard analysis, and whether it reads tags or a table. */
    public static boolean analysable(MeasurementType type) {
        return switch (type) {
            case HBT_PULSED, HBT_CW, TRPL, BLINKING_TRACE, PL_SPECTRUM, POLARISATION_SERIES -> true;
            case CONFOCAL_SCAN, CAVITY_LENGTH_SWEEP -> false;
        };
    }

    /** The analysis model of a type's standard analysis ("g2-pulsed"), as results name it. */
    public static String model(MeasurementType type) {
        return switch (type) {
            case HBT_PULSED -> "g2-pulsed";
            case HBT_CW -> "g2-cw";
            case TRPL -> "lifetime";
            case BLINKING_TRACE -> "blinking";
            case PL_SPECTRUM -> "spectrum";
            case POLARISATION_SERIES -> "malus";
            case CONFOCAL_SCAN, CAVITY_LENGTH_SWEEP -> throw new IllegalArgumentException(type.slug()
                    + " has no standard analysis");
        };
    }

    /** The plan parameters as recorded in the run's start event. */
    public static PlanParameters parameters(MeasurementType type, List<Setting> recorded) {
        Map<String, String> given = new java.util.LinkedHashMap<>();
        for (Setting s : recorded) {
            given.put(s.name(), s.display());
        }
        return PlanParameters.resolve(MeasurementPlans.of(type).parameters(), given);
    }

    /** Analyses a tag stream (HBT, TRPL, blinking) with the standard choices. */
    public static Optional<Outcome> ofTags(MeasurementType type, PlanParameters p, TagSource tags) {
        return analysable(type) ? ofTags(type, p, tags, AnalysisOptions.defaults(model(type))) : Optional.empty();
    }

    /** Analyses a tag stream with the given choices (re-analysis); the choices are recorded with the outcome. */
    public static Optional<Outcome> ofTags(MeasurementType type, PlanParameters p, TagSource tags, AnalysisOptions o) {
        Optional<Outcome> outcome = switch (type) {
            case HBT_PULSED -> Optional.of(pulsed(histogram(p, tags), o));
            case HBT_CW -> Optional.of(cw(histogram(p, tags), o));
            case TRPL -> Optional.of(lifetime(p, tags, o));
            case BLINKING_TRACE -> Optional.of(blinking(p, tags));
            default -> Optional.empty();
        };
        return outcome.map(out -> withChoices(out, o));
    }

    /** Analyses a stored table (spectrum, polarisation series) with the standard choices. */
    public static Optional<Outcome> ofTable(MeasurementType type, String csv) {
        return analysable(type) ? ofTable(type, csv, AnalysisOptions.defaults(model(type))) : Optional.empty();
    }

    /** Analyses a stored table with the given choices (re-analysis). */
    public static Optional<Outcome> ofTable(MeasurementType type, String csv, AnalysisOptions o) {
        double[][] columns = columns(csv);
        Optional<Outcome> outcome = switch (type) {
            case PL_SPECTRUM -> Optional.of(spectrum(columns, o));
            case POLARISATION_SERIES -> Optional.of(malus(columns));
            default -> Optional.empty();
        };
        return outcome.map(out -> withChoices(out, o));
    }

    private static Outcome withChoices(Outcome out, AnalysisOptions o) {
        if (!o.model().equals(out.model())) {
            throw new IllegalArgumentException("options of " + o.model() + " given to a " + out.model() + " analysis");
        }
        List<Setting> parameters = new ArrayList<>(o.settings());
        parameters.addAll(out.parameters());
        return new Outcome(out.model(), out.method(), parameters, out.values(), out.headline(), out.chi2Reduced(),
                out.plot());
    }

    private static Histogram histogram(PlanParameters p, TagSource tags) {
        CorrelationHistogram h = CrossCorrelator.correlate(tags, HbtPlan.spec(p));
        long[] delays = h.delaysPs();
        double[] x = new double[delays.length];
        double[] y = new double[delays.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = delays[i];
            y[i] = h.counts()[i];
        }
        return new Histogram(x, y);
    }

    private static Outcome pulsed(Histogram h, AnalysisOptions o) {
        PulsedG2.Settings settings = PulsedG2.Settings.defaults();
        settings = o.picoseconds("period").map(settings::withPeriodPs).orElse(settings);
        settings = o.picoseconds("window").map(settings::withWindowPs).orElse(settings);
        if (o.choice("background").filter("flat"::equals).isPresent()) {
            settings = settings.withBackground(PulsedG2.Background.FLAT);
        }
        PulsedG2Result r = PulsedG2.analyse(h, settings);
        List<ResultValue> values = List.of(value("g2zero", r.g2Zero(), ""), value("purity", r.purity(), ""),
                value("period", r.periodPs(), "ps"), value("zeroDelay", r.zeroDelayPs(), "ps"),
                value("centralArea", r.centralArea(), ""), value("sideArea", r.sideArea(), ""),
                new ResultValue("window", r.windowPs(), 0, "ps"), new ResultValue("sidePeaks", r.sidePeaks(), 0, ""));
        List<AnalysisPlot.Band> windows = new ArrayList<>();
        double period = r.periodPs().value();
        double zero = r.zeroDelayPs().value();
        double[] x = h.x();
        for (int k = (int) Math.ceil((x[0] - zero) / period); zero + k * period <= x[x.length - 1]; k++) {
            double centre = zero + k * period;
            windows.add(new AnalysisPlot.Band(centre - r.windowPs() / 2, centre + r.windowPs() / 2,
                    k == 0 ? "τ = 0" : (k > 0 ? "+" : "") + k));
        }
        List<Double> levels = r.backgroundPerBin().value() > 0 ? List.of(r.backgroundPerBin().value()) : List.of();
        AnalysisPlot plot = new AnalysisPlot("g²(τ), pulsed: integration windows", "delay τ (ps)", "coincidences per bin",
                x, h.counts(), null, windows, levels);
        return new Outcome("g2-pulsed", r.method(), settings(r.parameters()), values, "purity", chi2(r.quality()),
                plot);
    }

    private static Outcome cw(Histogram h, AnalysisOptions o) {
        CwG2.Settings settings = CwG2.Settings.defaults();
        settings = o.picoseconds("jitter").map(settings::withJitterFwhmPs).orElse(settings);
        settings = o.choice("bunching").map(b -> CwG2.Bunching.valueOf(b.toUpperCase(java.util.Locale.ROOT)))
                .map(settings::withBunching).orElse(settings);
        CwG2Result r = CwG2.fit(h, settings);
        List<ResultValue> values = new ArrayList<>(List.of(value("g0", r.g0(), ""), value("purity", r.purity(), ""),
                value("tau0", r.tau0Ps(), "ps"), value("a", r.a(), ""), value("delay", r.delayPs(), "ps")));
        r.tau1Ps().ifPresent(t -> values.add(value("tau1", t, "ps")));
        AnalysisPlot plot = new AnalysisPlot("g²(τ), CW: fit over the data", "delay τ (ps)", "coincidences per bin",
                h.x(), h.counts(), r.fitted(), List.of(), List.of(r.longDelayLevel().value()));
        return new Outcome("g2-cw", r.method(), settings(r.parameters()), values, "purity", chi2(r.quality()), plot);
    }

    private static Outcome lifetime(PlanParameters p, TagSource tags, AnalysisOptions o) {
        LifetimeHistogrammer histogrammer = LifetimeHistogrammer.t3(tags.timeBase(), null, p.getLong("binWidth"));
        TagBlock block = new TagBlock();
        while (tags.next(block)) {
            histogrammer.accept(block);
        }
        LifetimeHistograms hs = histogrammer.result();
        Lifetime.Settings settings = o.choice("components").filter("2"::equals).isPresent() ? Lifetime.Settings.bi()
                : Lifetime.Settings.mono();
        settings = new Lifetime.Settings(settings.components(), settings.irf(), optional(o.picoseconds("from")),
                optional(o.picoseconds("to")));
        Histogram decay = Histogram.uniform(hs.binWidthPs() / 2, hs.binWidthPs(), hs.total());
        LifetimeResult r = Lifetime.fit(decay, settings);
        List<ResultValue> values = List.of(value("tau", r.tauPs().times(1e-3), "ns"),
                value("background", r.background(), ""), new ResultValue("fitFrom", r.fitFromPs(), 0, "ps"),
                new ResultValue("fitTo", r.fitToPs(), 0, "ps"));
        AnalysisPlot plot = new AnalysisPlot("Decay: fit over the data", "time after the pulse (ps)", "counts per bin",
                decay.x(), decay.counts(), r.fitted(), List.of(new AnalysisPlot.Band(r.fitFromPs(), r.fitToPs(), "fit range")),
                List.of());
        return new Outcome("lifetime", r.method(), settings(r.parameters()), values, "tau", chi2(r.quality()), plot);
    }

    private static Outcome blinking(PlanParameters p, TagSource tags) {
        double binMs = p.get("binWidth");
        CountRateTrace trace = CountRateTracer.trace(tags, Math.round(p.quantity("binWidth").in(Unit.PICOSECOND)),
                null);
        BlinkingResult r = Blinking.analyse(trace.total(), binMs);
        List<ResultValue> values = List.of(value("onFraction", r.onFraction(), ""), value("onLevel", r.onLevel(), ""),
                value("offLevel", r.offLevel(), ""), new ResultValue("threshold", r.thresholdCounts(), 0, ""));
        long[] occurrences = r.intensityHistogram();
        double[] x = new double[occurrences.length];
        double[] y = new double[occurrences.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
            y[i] = occurrences[i];
        }
        AnalysisPlot plot = new AnalysisPlot("Intensity histogram: on/off threshold", "counts per " + binMs + " ms bin",
                "bins", x, y, null, List.of(new AnalysisPlot.Band(r.thresholdCounts(), r.thresholdCounts(),
                        "threshold")), List.of());
        return new Outcome("blinking", r.method(), settings(r.parameters()), values, "onFraction", chi2(r.quality()),
                plot);
    }

    private static Outcome spectrum(double[][] c, AnalysisOptions o) {
        Spectrum.Shape shape = o.choice("shape").filter("gaussian"::equals).isPresent() ? Spectrum.Shape.GAUSSIAN
                : Spectrum.Shape.LORENTZIAN;
        SpectrumResult r = Spectrum.fit(new Histogram(c[0], c[1]), shape);
        List<ResultValue> values = List.of(value("centre", r.centreNm(), "nm"), value("fwhm", r.fwhmNm(), "nm"),
                value("centreEnergy", r.centreMeV(), "meV"), value("fwhmEnergy", r.fwhmMeV(), "meV"));
        AnalysisPlot plot = new AnalysisPlot("Spectrum: " + shape.label() + " fit over the data", "wavelength (nm)",
                "counts", c[0], c[1], r.fitted(), List.of(), List.of());
        return new Outcome("spectrum", r.method(), settings(r.parameters()), values, "fwhm", chi2(r.quality()), plot);
    }

    private static Outcome malus(double[][] c) {
        MalusResult r = Malus.fit(c[0], c[1]);
        List<ResultValue> values = List.of(value("dolp", r.dolp(), ""), value("theta0", r.theta0Deg(), "°"),
                value("iMin", r.iMin(), ""), value("iMax", r.iMax(), ""));
        AnalysisPlot plot = new AnalysisPlot("Polarisation: Malus-law fit over the data", "polariser angle (°)",
                "counts", c[0], c[1], r.fitted(), List.of(), List.of());
        return new Outcome("malus", r.method(), settings(r.parameters()), values, "dolp", chi2(r.quality()), plot);
    }

    private static java.util.OptionalDouble optional(Optional<Double> v) {
        return v.map(java.util.OptionalDouble::of).orElse(java.util.OptionalDouble.empty());
    }

    private static double[][] columns(String csv) {
        String[] lines = csv.split("\n");
        List<double[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                String[] cells = lines[i].split(",");
                rows.add(new double[] {Double.parseDouble(cells[0]), Double.parseDouble(cells[cells.length - 1])});
            }
        }
        double[][] out = new double[2][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            out[0][i] = rows.get(i)[0];
            out[1][i] = rows.get(i)[1];
        }
        return out;
    }

    private static ResultValue value(String name, Estimate e, String unit) {
        return new ResultValue(name, e.value(), Double.isFinite(e.sigma()) ? e.sigma() : 0, unit);
    }

    private static Double chi2(org.photonledger.processing.analysis.FitQuality q) {
        return q.tested() && Double.isFinite(q.chi2Reduced()) ? q.chi2Reduced() : null;
    }

    private static List<Setting> settings(Map<String, Object> parameters) {
        List<Setting> out = new ArrayList<>();
        parameters.forEach((k, v) -> out.add(Setting.text(k, v == null ? "" : String.valueOf(v))));
        return out;
    }
}
