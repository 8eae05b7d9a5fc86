package org.photonledger.processing.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.photonledger.processing.analysis.Blinking;
import org.photonledger.processing.analysis.BlinkingResult;
import org.photonledger.processing.analysis.CwG2;
import org.photonledger.processing.analysis.CwG2Result;
import org.photonledger.processing.analysis.Histogram;
import org.photonledger.processing.analysis.Lifetime;
import org.photonledger.processing.analysis.LifetimeResult;
import org.photonledger.processing.analysis.Malus;
import org.photonledger.processing.analysis.MalusResult;
import org.photonledger.processing.analysis.PulsedG2;
import org.photonledger.processing.analysis.PulsedG2Result;
import org.photonledger.processing.analysis.Spectrum;
import org.photonledger.processing.analysis.SpectrumResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./photonledger analyse MODEL FILE}: fits a histogram file offline and prints the result with uncertainties. */
@Command(name = "analyse", mixinStandardHelpOptions = true,
        description = {"Fits a histogram: g2-pulsed, g2-cw, lifetime, spectrum, malus or blinking.",
            "FILE is the JSON of 'correlate --json' or a text table: one column (counts; give --bin-ps), two columns "
                    + "(x, counts) or two rows (x row, counts row), separated by whitespace, comma or tab; header lines "
                    + "that are not numbers are skipped. A one-column g² histogram is taken as centred on zero delay."})
public final class AnalyseCommand implements Callable<Integer> {

    /** Exit code for bad input and options, as for every offline command. */
    static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "g2-pulsed, g2-cw, lifetime, spectrum, malus or blinking")
    String model;

    @Parameters(index = "1", paramLabel = "FILE", description = "correlate JSON or a text table")
    Path file;

    @Option(names = "--x-unit", paramLabel = "UNIT",
            description = "unit of the x column: ps, ns, us, ms, s, nm or deg (default ps for g² and lifetime, nm for "
                    + "spectrum, deg for malus, s for blinking)")
    String xUnit;

    @Option(names = "--period-ns", paramLabel = "NS", description = "g2-pulsed: repetition period (default: found from the data)")
    Double periodNs;

    @Option(names = "--window-ns", paramLabel = "NS",
            description = "g2-pulsed: integration window around each peak (default: chosen from the data and reported)")
    Double windowNs;

    @Option(names = "--background", paramLabel = "none|flat",
            description = "g2-pulsed: subtract a flat background estimated between the peaks (default none)")
    String background;

    @Option(names = "--bin-ps", paramLabel = "PS", description = "bin width of a one-column table, in ps")
    Double binPs;

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Report report = run();
            out.println(json ? report.toJson() : report.toText());
            out.flush();
            return 0;
        } catch (IllegalArgumentException ex) {
            err.println("photonledger analyse: " + oneLine(ex.getMessage()));
        } catch (IOException ex) {
            err.println("photonledger analyse: cannot read FILE " + file + ": " + oneLine(ex.getMessage()));
        }
        err.flush();
        return USAGE;
    }

    private Report run() throws IOException {
        Model m = Model.parse(model);
        if (m != Model.G2_PULSED) {
            refuse(periodNs != null, "--period-ns", m);
            refuse(windowNs != null, "--window-ns", m);
            refuse(background != null, "--background", m);
        }
        positive("--period-ns", periodNs);
        positive("--window-ns", windowNs);
        positive("--bin-ps", binPs);
        XUnit unit = xUnit == null ? null : XUnit.parse(xUnit);
        InputFile.Series series = InputFile.read(file, m, unit, binPs);
        String name = file.toString();
        return switch (m) {
            case G2_PULSED -> pulsed(series, name);
            case G2_CW -> cw(series, name);
            case LIFETIME -> lifetime(series, name);
            case SPECTRUM -> spectrum(series, name);
            case MALUS -> malus(series, name);
            case BLINKING -> blinking(series, name);
        };
    }

    private Report pulsed(InputFile.Series series, String name) {
        PulsedG2.Settings settings = PulsedG2.Settings.defaults().withBackground(background());
        if (periodNs != null) {
            settings = settings.withPeriodPs(periodNs * 1e3);
        }
        if (windowNs != null) {
            settings = settings.withWindowPs(windowNs * 1e3);
        }
        PulsedG2Result r = PulsedG2.analyse(new Histogram(series.x(), series.counts()), settings);
        return new Report("g2-pulsed", name, series.source())
                .estimate("g2zero", "g²(0)", r.g2Zero(), "")
                .estimate("purity", "purity", r.purity(), "")
                .estimate("periodPs", "period", r.periodPs(), "ps")
                .estimate("zeroDelayPs", "zero delay", r.zeroDelayPs(), "ps")
                .number("windowPs", "window", r.windowPs(), "ps")
                .integer("sidePeaks", "side peaks", r.sidePeaks(), r.normalisation())
                .estimate("background", "background", r.backgroundPerBin(), "counts/bin")
                .estimate("centralArea", "central area", r.centralArea(), "counts")
                .estimate("sideArea", "mean side area", r.sideArea(), "counts")
                .optional("nearFarRatio", "near/far side peaks", r.nearFarRatio(), "")
                .flag("bunchingCorrected", "far-peak normalisation", r.bunchingCorrected())
                .text("normalisation", "normalised by", r.normalisation())
                .quality(r.quality(), "side-peak areas against their mean")
                .method(r.method(), r.parameters());
    }

    private Report cw(InputFile.Series series, String name) {
        CwG2Result r = CwG2.fit(new Histogram(series.x(), series.counts()), CwG2.Settings.defaults());
        return new Report("g2-cw", name, series.source())
                .estimate("g0", "g0", r.g0(), "")
                .estimate("purity", "purity", r.purity(), "")
                .estimate("tau0Ps", "τ0", r.tau0Ps(), "ps")
                .estimate("a", "a", r.a(), "")
                .optional("tau1Ps", "τ1", r.tau1Ps(), "ps")
                .estimate("delayPs", "τd", r.delayPs(), "ps")
                .estimate("level", "long-delay level", r.longDelayLevel(), "counts/bin")
                .flag("bunchingTerm", "bunching term", r.bunchingTerm())
                .number("jitterFwhmPs", "jitter FWHM", r.jitterFwhmPs(), "ps")
                .quality(r.quality(), "Poisson weights")
                .method(r.method(), r.parameters());
    }

    private Report lifetime(InputFile.Series series, String name) {
        Histogram histogram = new Histogram(series.x(), series.counts());
        LifetimeResult mono = Lifetime.fit(histogram, Lifetime.Settings.mono());
        Report report = new Report("lifetime", name, series.source())
                .estimate("tauPs", "τ", mono.tauPs(), "ps")
                .estimate("amplitude", "amplitude", mono.amplitudes().get(0), "counts/bin")
                .estimate("background", "background", mono.background(), "counts/bin")
                .number("fitFromPs", "fit from", mono.fitFromPs(), "ps")
                .number("fitToPs", "fit to", mono.fitToPs(), "ps")
                .quality(mono.quality(), "Poisson weights");
        try {
            LifetimeResult bi = Lifetime.fit(histogram, Lifetime.Settings.bi());
            Report second = new Report("lifetime", name, series.source())
                    .estimate("tau1Ps", "τ1", bi.tausPs().get(0), "ps")
                    .estimate("tau2Ps", "τ2", bi.tausPs().get(1), "ps")
                    .estimate("amplitude1", "amplitude 1", bi.amplitudes().get(0), "counts/bin")
                    .estimate("amplitude2", "amplitude 2", bi.amplitudes().get(1), "counts/bin")
                    .estimate("meanTauPs", "intensity-weighted τ", bi.tauPs(), "ps")
                    .estimate("background", "background", bi.background(), "counts/bin")
                    .quality(bi.quality(), "Poisson weights");
            report.nest("biexponential", "bi-exponential", second);
        } catch (IllegalArgumentException refused) {
            report.note("biexponential", "bi-exponential", refused.getMessage());
        }
        return report.method(mono.method(), mono.parameters());
    }

    private Report spectrum(InputFile.Series series, String name) {
        Histogram histogram = new Histogram(series.x(), series.counts());
        SpectrumResult lorentzian = null;
        SpectrumResult gaussian = null;
        IllegalArgumentException failure = null;
        try {
            lorentzian = Spectrum.fit(histogram, Spectrum.Shape.LORENTZIAN);
        } catch (IllegalArgumentException ex) {
            failure = ex;
        }
        try {
            gaussian = Spectrum.fit(histogram, Spectrum.Shape.GAUSSIAN);
        } catch (IllegalArgumentException ex) {
            failure = failure == null ? ex : failure;
        }
        if (lorentzian == null && gaussian == null) {
            throw failure;
        }
        SpectrumResult best = lorentzian == null || gaussian != null
                && gaussian.quality().chi2Reduced() < lorentzian.quality().chi2Reduced() ? gaussian : lorentzian;
        SpectrumResult other = best == lorentzian ? gaussian : lorentzian;
        Report report = spectrumReport(new Report("spectrum", name, series.source()), best);
        if (other != null) {
            report.nest("otherShape", "other shape", spectrumReport(new Report("spectrum", name, series.source()), other));
        }
        return report.method(best.method(), best.parameters());
    }

    private static Report spectrumReport(Report report, SpectrumResult r) {
        return report.text("shape", "shape", r.shape().label() + " (the lower χ²)")
                .estimate("centreNm", "centre", r.centreNm(), "nm")
                .estimate("fwhmNm", "FWHM", r.fwhmNm(), "nm")
                .estimate("centreMeV", "centre", r.centreMeV(), "meV")
                .estimate("fwhmMeV", "FWHM", r.fwhmMeV(), "meV")
                .estimate("amplitude", "amplitude", r.amplitude(), "counts")
                .estimate("background", "background", r.background(), "counts")
                .quality(r.quality(), "Poisson weights");
    }

    private Report malus(InputFile.Series series, String name) {
        MalusResult r = Malus.fit(series.x(), series.counts());
        return new Report("malus", name, series.source())
                .estimate("dolp", "DOLP", r.dolp(), "")
                .estimate("iMin", "Imin", r.iMin(), "counts")
                .estimate("iMax", "Imax", r.iMax(), "counts")
                .estimate("theta0Deg", "θ0", r.theta0Deg(), "°")
                .quality(r.quality(), "Poisson weights")
                .method(r.method(), r.parameters());
    }

    private Report blinking(InputFile.Series series, String name) {
        Histogram trace = new Histogram(series.x(), series.counts());
        double binMs = trace.uniformBinWidth("count-rate trace") / 1e9;
        BlinkingResult r = Blinking.analyse(series.counts(), binMs);
        Report report = new Report("blinking", name, series.source())
                .number("binMs", "bin", r.binMs(), "ms")
                .flag("twoLevels", "two levels", r.twoLevels())
                .estimate("onLevel", "on level", r.onLevel(), "counts/bin")
                .estimate("offLevel", "off level", r.offLevel(), "counts/bin")
                .number("thresholdCounts", "threshold", r.thresholdCounts(), "counts/bin")
                .estimate("onFraction", "on fraction", r.onFraction(), "")
                .integer("onPeriods", "on periods", r.on().periods(), "complete")
                .estimate("onMeanMs", "mean on time", r.on().meanMs(), "ms")
                .number("onMedianMs", "median on time", r.on().medianMs(), "ms")
                .number("onLongestMs", "longest on time", r.on().longestMs(), "ms")
                .integer("offPeriods", "off periods", r.off().periods(), "complete")
                .estimate("offMeanMs", "mean off time", r.off().meanMs(), "ms")
                .number("offMedianMs", "median off time", r.off().medianMs(), "ms")
                .number("offLongestMs", "longest off time", r.off().longestMs(), "ms")
                .quality(r.quality(), "intensity histogram against the two-Poisson mixture");
        report.json().putPOJO("intensityHistogram", r.intensityHistogram());
        return report.method(r.method(), r.parameters());
    }

    private PulsedG2.Background background() {
        if (background == null) {
            return PulsedG2.Background.NONE;
        }
        return switch (background.strip().toLowerCase(Locale.ROOT)) {
            case "none" -> PulsedG2.Background.NONE;
            case "flat" -> PulsedG2.Background.FLAT;
            default -> throw new IllegalArgumentException("--background must be none or flat; got '" + background + "'");
        };
    }

    private static String oneLine(String message) {
        return message == null ? "the input was refused without a reason (please report this)"
                : message.replaceAll("\\R", " ");
    }

    private static void refuse(boolean given, String option, Model m) {
        if (given) {
            throw new IllegalArgumentException(option + " applies to g2-pulsed only, not to " + m.label());
        }
    }

    private static void positive(String option, Double value) {
        if (value != null && !(value > 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException(option + " must be a number > 0; got " + value);
        }
    }
}
