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
            String headline, Double chi2Reduced) {
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

    /** The plan parameters as recorded in the run's start event. */
    public static PlanParameters parameters(MeasurementType type, List<Setting> recorded) {
        Map<String, String> given = new java.util.LinkedHashMap<>();
        for (Setting s : recorded) {
            given.put(s.name(), s.display());
        }
        return PlanParameters.resolve(MeasurementPlans.of(type).parameters(), given);
    }

    /** Analyses a tag stream (HBT, TRPL, blinking). */
    public static Optional<Outcome> ofTags(MeasurementType type, PlanParameters p, TagSource tags) {
        return switch (type) {
            case HBT_PULSED -> Optional.of(pulsed(histogram(p, tags)));
            case HBT_CW -> Optional.of(cw(histogram(p, tags)));
            case TRPL -> Optional.of(lifetime(p, tags));
            case BLINKING_TRACE -> Optional.of(blinking(p, tags));
            default -> Optional.empty();
        };
    }

    /** Analyses a stored table (spectrum, polarisation series). */
    public static Optional<Outcome> ofTable(MeasurementType type, String csv) {
        double[][] columns = columns(csv);
        return switch (type) {
            case PL_SPECTRUM -> Optional.of(spectrum(columns));
            case POLARISATION_SERIES -> Optional.of(malus(columns));
            default -> Optional.empty();
        };
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

    private static Outcome pulsed(Histogram h) {
        PulsedG2Result r = PulsedG2.analyse(h, PulsedG2.Settings.defaults());
        List<ResultValue> values = List.of(value("g2zero", r.g2Zero(), ""), value("purity", r.purity(), ""),
                value("period", r.periodPs(), "ps"), value("zeroDelay", r.zeroDelayPs(), "ps"),
                value("centralArea", r.centralArea(), ""), value("sideArea", r.sideArea(), ""),
                new ResultValue("window", r.windowPs(), 0, "ps"), new ResultValue("sidePeaks", r.sidePeaks(), 0, ""));
        return new Outcome("g2-pulsed", r.method(), settings(r.parameters()), values, "purity", chi2(r.quality()));
    }

    private static Outcome cw(Histogram h) {
        CwG2Result r = CwG2.fit(h, CwG2.Settings.defaults());
        List<ResultValue> values = new ArrayList<>(List.of(value("g0", r.g0(), ""), value("purity", r.purity(), ""),
                value("tau0", r.tau0Ps(), "ps"), value("a", r.a(), ""), value("delay", r.delayPs(), "ps")));
        r.tau1Ps().ifPresent(t -> values.add(value("tau1", t, "ps")));
        return new Outcome("g2-cw", r.method(), settings(r.parameters()), values, "purity", chi2(r.quality()));
    }

    private static Outcome lifetime(PlanParameters p, TagSource tags) {
        LifetimeHistogrammer histogrammer = LifetimeHistogrammer.t3(tags.timeBase(), null, p.getLong("binWidth"));
        TagBlock block = new TagBlock();
        while (tags.next(block)) {
            histogrammer.accept(block);
        }
        LifetimeHistograms hs = histogrammer.result();
        LifetimeResult r = Lifetime.fit(Histogram.uniform(hs.binWidthPs() / 2, hs.binWidthPs(), hs.total()),
                Lifetime.Settings.mono());
        List<ResultValue> values = List.of(value("tau", r.tauPs().times(1e-3), "ns"),
                value("background", r.background(), ""), new ResultValue("fitFrom", r.fitFromPs(), 0, "ps"),
                new ResultValue("fitTo", r.fitToPs(), 0, "ps"));
        return new Outcome("lifetime", r.method(), settings(r.parameters()), values, "tau", chi2(r.quality()));
    }

    private static Outcome blinking(PlanParameters p, TagSource tags) {
        double binMs = p.get("binWidth");
        CountRateTrace trace = CountRateTracer.trace(tags, Math.round(p.quantity("binWidth").in(Unit.PICOSECOND)),
                null);
        BlinkingResult r = Blinking.analyse(trace.total(), binMs);
        List<ResultValue> values = List.of(value("onFraction", r.onFraction(), ""), value("onLevel", r.onLevel(), ""),
                value("offLevel", r.offLevel(), ""), new ResultValue("threshold", r.thresholdCounts(), 0, ""));
        return new Outcome("blinking", r.method(), settings(r.parameters()), values, "onFraction", chi2(r.quality()));
    }

    private static Outcome spectrum(double[][] c) {
        SpectrumResult r = Spectrum.fit(new Histogram(c[0], c[1]), Spectrum.Shape.LORENTZIAN);
        List<ResultValue> values = List.of(value("centre", r.centreNm(), "nm"), value("fwhm", r.fwhmNm(), "nm"),
                value("centreEnergy", r.centreMeV(), "meV"), value("fwhmEnergy", r.fwhmMeV(), "meV"));
        return new Outcome("spectrum", r.method(), settings(r.parameters()), values, "fwhm", chi2(r.quality()));
    }

    private static Outcome malus(double[][] c) {
        MalusResult r = Malus.fit(c[0], c[1]);
        List<ResultValue> values = List.of(value("dolp", r.dolp(), ""), value("theta0", r.theta0Deg(), "°"),
                value("iMin", r.iMin(), ""), value("iMax", r.iMax(), ""));
        return new Outcome("malus", r.method(), settings(r.parameters()), values, "dolp", chi2(r.quality()));
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
