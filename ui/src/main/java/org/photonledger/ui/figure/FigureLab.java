package org.photonledger.ui.figure;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.axonframework.eventhandling.DomainEventMessage;
import org.photonledger.acquisition.correlator.CountRateTracer;
import org.photonledger.acquisition.measurement.PlanParameters;
import org.photonledger.acquisition.rawstore.RawDataId;
import org.photonledger.acquisition.rawstore.RawStore;
import org.photonledger.acquisition.rawstore.RawTagReader;
import org.photonledger.domain.audit.MetadataKeys;
import org.photonledger.domain.figure.FigureDefined;
import org.photonledger.domain.figure.FigurePublished;
import org.photonledger.domain.figure.FigureRevised;
import org.photonledger.domain.figure.Panel;
import org.photonledger.domain.figure.PlotType;
import org.photonledger.domain.measurement.MeasurementId;
import org.photonledger.domain.measurement.MeasurementStarted;
import org.photonledger.domain.measurement.MeasurementType;
import org.photonledger.domain.measurement.RawDataRecord;
import org.photonledger.domain.measurement.RawDataRecorded;
import org.photonledger.domain.result.ResultComputed;
import org.photonledger.domain.result.ResultId;
import org.photonledger.domain.result.ResultValue;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.processing.analysis.FittedCurve;
import org.photonledger.processing.audit.ChainVerification;
import org.photonledger.processing.result.AnalysisOptions;
import org.photonledger.processing.result.AnalysisPlot;
import org.photonledger.processing.result.MeasurementAnalysis;

/**
 * Builds, reproduces and verifies figures from the ledger's events and the raw-data store alone, so the running
 * application and the offline command line give the same answers. A panel's data is always rebuilt from the stored
 * raw data by the analysis each result recorded (method and parameters); nothing drawn comes from a cache.
 */
public final class FigureLab {

    /** Relative agreement a recomputed fitted value (and its σ) must reach; counts and sums must agree exactly. */
    public static final double TOLERANCE = 1e-9;

    private final LedgerEvents events;
    private final RawStore store;

    public FigureLab(LedgerEvents events, RawStore store) {
        this.events = events;
        this.store = store;
    }

    /** A figure's current definition, read from its events. */
    public Optional<FigureSpec> figure(String id) {
        FigureSpec spec = null;
        for (DomainEventMessage<?> m : events.of(id)) {
            Object actor = m.getMetaData().get(MetadataKeys.ACTOR);
            Object payload = m.getPayload();
            if (payload instanceof FigureDefined e) {
                spec = new FigureSpec(id, e.name(), e.caption(), e.version(), e.panels(), null, null,
                        actor == null ? MetadataKeys.SYSTEM : actor.toString(), m.getTimestamp());
            } else if (payload instanceof FigureRevised e && spec != null) {
                spec = new FigureSpec(id, e.name(), e.caption(), e.version(), e.panels(), spec.publishedVersion(),
                        spec.publishedReason(), spec.definedBy(), spec.definedAt());
            } else if (payload instanceof FigurePublished e && spec != null) {
                spec = new FigureSpec(id, spec.name(), spec.caption(), spec.version(), spec.panels(), e.version(),
                        e.reason(), spec.definedBy(), spec.definedAt());
            }
        }
        return Optional.ofNullable(spec);
    }

    /** A recorded result with the run and raw data it came from, and its analysis computed again now. */
    public record Analysed(ResultComputed computed, MeasurementStarted started, RawDataRecord raw,
            MeasurementAnalysis.Outcome outcome) {
    }

    public Optional<ResultComputed> result(String resultId) {
        return events.payloads(resultId).stream().filter(ResultComputed.class::isInstance)
                .map(ResultComputed.class::cast).findFirst();
    }

    public Optional<MeasurementStarted> started(String measurementId) {
        return events.payloads(measurementId).stream().filter(MeasurementStarted.class::isInstance)
                .map(MeasurementStarted.class::cast).findFirst();
    }

    public Optional<RawDataRecord> raw(String measurementId) {
        return events.payloads(measurementId).stream().filter(RawDataRecorded.class::isInstance)
                .map(p -> ((RawDataRecorded) p).raw()).findFirst();
    }

    /** Computes a recorded result again from its run's stored raw data with its recorded method choices. */
    public Analysed analyse(ResultId id) {
        ResultComputed c = result(id.value()).orElseThrow(() -> new IllegalStateException("no result " + id));
        MeasurementStarted started = started(c.measurementId().value()).orElseThrow(() -> new IllegalStateException(
                "result " + id + " names measurement " + c.measurementId() + ", which has no start event"));
        RawDataRecord raw = raw(c.measurementId().value()).orElseThrow(() -> new IllegalStateException(
                "measurement " + c.measurementId() + " has no raw data recorded"));
        AnalysisOptions options = AnalysisOptions.recorded(c.model(), c.parameters());
        MeasurementType type = started.type();
        RawDataId data = new RawDataId(raw.sha256());
        MeasurementAnalysis.Outcome outcome;
        if (type.rawDataKind() == MeasurementType.RawDataKind.TABLE) {
            String csv = new String(store.readBlob(data, "csv"), StandardCharsets.UTF_8);
            outcome = MeasurementAnalysis.ofTable(type, csv, options).orElseThrow();
        } else {
            PlanParameters p = MeasurementAnalysis.parameters(type, started.parameters());
            try (RawTagReader tags = store.open(data)) {
                outcome = MeasurementAnalysis.ofTags(type, p, tags, options).orElseThrow();
            }
        }
        return new Analysed(c, started, raw, outcome);
    }

    /** What a panel draws, rebuilt now from the raw data (recorded analyses recomputed). */
    public PanelData data(Panel panel) {
        List<Analysed> analysed = panel.resultIds().stream().map(this::analyse).toList();
        return data(panel, analysed);
    }

    private PanelData data(Panel panel, List<Analysed> analysed) {
        double sx = factor(nativeX(panel.plotType()), panel.xAxis().unit(), "x");
        double sy = factor(nativeY(panel.plotType()), panel.yAxis().unit(), "y");
        List<PanelData.Series> series = new ArrayList<>();
        List<PanelData.Band> bands = new ArrayList<>();
        List<Double> levels = new ArrayList<>();
        PanelData.Kind kind = switch (panel.plotType()) {
            case POLARISATION_POLAR -> PanelData.Kind.POLAR;
            case MAP -> PanelData.Kind.MAP;
            default -> PanelData.Kind.XY;
        };
        switch (panel.plotType()) {
            case MAP -> {
                for (MeasurementId m : panel.measurementIds()) {
                    series.add(map(m, sx, sy));
                }
            }
            case TRACE -> {
                for (MeasurementId m : panel.measurementIds()) {
                    series.add(trace(m, sx, sy));
                }
            }
            default -> {
                if (analysed.isEmpty()) {
                    throw new IllegalArgumentException("panel " + panel.label() + ": a " + panel.plotType()
                            + " panel draws results; it names none");
                }
                Set<String> drawn = new LinkedHashSet<>();
                for (Analysed a : analysed) {
                    AnalysisPlot plot = a.outcome().plot();
                    if (drawn.add(a.computed().measurementId().value())) {
                        series.add(new PanelData.Series("data:" + a.computed().measurementId().value(),
                                PanelData.Role.DATA, scale(plot.x(), sx), scale(plot.y(), sy), null));
                    }
                    FittedCurve fit = plot.fit();
                    if (panel.fitOverlay() && fit != null && fit.size() > 0) {
                        series.add(new PanelData.Series("fit:" + a.computed().resultId().value(), PanelData.Role.FIT,
                                scale(fit.x(), sx), scale(fit.y(), sy), null));
                    }
                }
                AnalysisPlot first = analysed.getFirst().outcome().plot();
                first.bands().forEach(b -> bands.add(new PanelData.Band(b.from() * sx, b.to() * sx, b.label())));
                first.levels().forEach(l -> levels.add(l * sy));
            }
        }
        List<String> annotations = new ArrayList<>();
        if (panel.annotation() != null && !analysed.isEmpty()) {
            annotations.add(annotate(panel, analysed.getFirst().computed()));
        }
        return new PanelData(panel.label(), panel.title(), kind, panel.xAxis().title(), panel.yAxis().title(),
                panel.yAxis().logarithmic(), range(panel.xAxis()), range(panel.yAxis()), series, bands, levels,
                annotations);
    }

    /** The annotation template filled from the result's headline value (or the panel's chosen value). */
    static String annotate(Panel panel, ResultComputed c) {
        ResultValue v = panel.headlineValue() == null ? c.headlineValue().orElse(c.values().getFirst())
                : c.values().stream().filter(x -> x.name().equals(panel.headlineValue())).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("panel " + panel.label() + ": result "
                                + c.resultId() + " has no value '" + panel.headlineValue() + "'"));
        String display = v.display();
        String[] parts = display.split(" ± ");
        String sigma = parts.length > 1 ? parts[1].replace(" " + v.unit(), "").strip() : "";
        return panel.annotation().replace("{value}", parts[0]).replace("{sigma}", sigma).replace("{unit}", v.unit())
                .replace("{name}", v.name()).strip();
    }

    private static double[] range(org.photonledger.domain.figure.Axis axis) {
        return axis.from() == null ? null : new double[] {axis.from(), axis.to()};
    }

    private PanelData.Series map(MeasurementId m, double sx, double sy) {
        RawDataRecord raw = raw(m.value()).orElseThrow(() -> new IllegalStateException("measurement " + m
                + " has no raw data recorded"));
        String csv = new String(store.readBlob(new RawDataId(raw.sha256()), "csv"), StandardCharsets.UTF_8);
        List<double[]> rows = new ArrayList<>();
        for (String line : csv.split("\n")) {
            if (line.isBlank() || !Character.isDigit(line.charAt(line.charAt(0) == '-' ? 1 : 0))) {
                continue; // the header
            }
            String[] c = line.split(",");
            rows.add(new double[] {Double.parseDouble(c[0]), Double.parseDouble(c[1]), Double.parseDouble(c[2])});
        }
        double[] x = new double[rows.size()];
        double[] y = new double[rows.size()];
        double[] z = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            x[i] = rows.get(i)[0] * sx;
            y[i] = rows.get(i)[1] * sy;
            z[i] = rows.get(i)[2];
        }
        return new PanelData.Series("data:" + m.value(), PanelData.Role.DATA, x, y, z);
    }

    private PanelData.Series trace(MeasurementId m, double sx, double sy) {
        MeasurementStarted started = started(m.value()).orElseThrow(() -> new IllegalStateException(
                "no measurement " + m));
        RawDataRecord raw = raw(m.value()).orElseThrow(() -> new IllegalStateException("measurement " + m
                + " has no raw data recorded"));
        PlanParameters p = MeasurementAnalysis.parameters(started.type(), started.parameters());
        long binPs = Math.round(p.quantity("binWidth").in(Unit.PICOSECOND));
        double[] counts;
        try (RawTagReader tags = store.open(new RawDataId(raw.sha256()))) {
            counts = CountRateTracer.trace(tags, binPs, null).total();
        }
        double[] x = new double[counts.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i * binPs * 1e-12 * sx;
        }
        return new PanelData.Series("data:" + m.value(), PanelData.Role.DATA, x, scale(counts, sy), null);
    }

    private static String nativeX(PlotType t) {
        return switch (t) {
            case SPECTRUM -> "nm";
            case DECAY, G2 -> "ps";
            case POLARISATION_POLAR, POLARISATION_CARTESIAN -> "°";
            case MAP -> "µm";
            case TRACE -> "s";
            case HISTOGRAM -> "";
        };
    }

    private static String nativeY(PlotType t) {
        return t == PlotType.MAP ? "µm" : "";
    }

    /** The factor from the data's own unit to the axis unit (1 for counts); an axis in another dimension is refused. */
    static double factor(String from, String to, String axis) {
        if (from.isEmpty() || to == null || to.isEmpty() || from.equals(to)) {
            return 1;
        }
        Optional<Unit> f = Unit.parse(from);
        Optional<Unit> t = Unit.parse(to);
        if (f.isEmpty() || t.isEmpty() || f.get().dimension() != t.get().dimension()) {
            throw new IllegalArgumentException("the " + axis + " axis is in '" + to + "' but the data are in '"
                    + from + "'");
        }
        return Quantity.of(1, f.get()).in(t.get());
    }

    private static double[] scale(double[] v, double factor) {
        if (factor == 1) {
            return v;
        }
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * factor;
        }
        return out;
    }

    /**
     * Re-runs every number each panel shows from the stored raw data with the recorded method and parameters and
     * compares it with the recorded result (values and σ within {@link #TOLERANCE}, relative; the method exactly),
     * and each panel's data table with the hash its figure version recorded (exactly).
     */
    public FigureReport reproduce(FigureSpec figure) {
        return check(figure, "reproduce", false, null);
    }

    /**
     * Reproduces the figure and also re-hashes every raw-data file it depends on against its RawDataRecorded event
     * and checks the event hash chain (which holds the figure's whole lineage).
     */
    public FigureReport verify(FigureSpec figure, Supplier<ChainVerification> chain) {
        return check(figure, "verify", true, chain);
    }

    private FigureReport check(FigureSpec figure, String name, boolean rehash, Supplier<ChainVerification> chain) {
        long t0 = System.nanoTime();
        List<String> problems = new ArrayList<>();
        if (chain != null) {
            try {
                ChainVerification v = chain.get();
                if (!v.intact()) {
                    problems.add("event chain " + v.describe());
                }
            } catch (RuntimeException e) {
                problems.add("event chain could not be checked: " + e.getMessage());
            }
        }
        List<FigureReport.PanelReport> panels = new ArrayList<>();
        for (Panel panel : figure.panels()) {
            panels.add(checkPanel(panel, rehash));
        }
        return new FigureReport(figure.id(), figure.name(), figure.version(), name, panels, problems,
                (System.nanoTime() - t0) / 1_000_000);
    }

    private FigureReport.PanelReport checkPanel(Panel panel, boolean rehash) {
        List<String> agreed = new ArrayList<>();
        List<String> differences = new ArrayList<>();
        Set<String> runs = new LinkedHashSet<>();
        panel.measurementIds().forEach(m -> runs.add(m.value()));
        if (rehash) {
            for (ResultId r : panel.resultIds()) {
                result(r.value()).ifPresent(c -> runs.add(c.measurementId().value()));
            }
            for (String run : runs) {
                rehash(run, agreed, differences);
            }
        }
        List<Analysed> analysed = new ArrayList<>();
        for (ResultId r : panel.resultIds()) {
            try {
                Analysed a = analyse(r);
                analysed.add(a);
                compare(a, agreed, differences);
            } catch (RuntimeException e) {
                differences.add("result " + r + " could not be recomputed: " + e.getMessage());
            }
        }
        if (analysed.size() == panel.resultIds().size()) {
            try {
                PanelData data = data(panel, analysed);
                if (panel.dataSha256() != null) {
                    String now = data.sha256();
                    if (now.equals(panel.dataSha256())) {
                        agreed.add("data table (" + data.series().stream().mapToInt(s -> s.x().length).sum()
                                + " points) identical to the one recorded, sha256 " + now);
                    } else {
                        differences.add("data table: recorded sha256 " + panel.dataSha256() + ", rebuilt from the raw "
                                + "data now " + now);
                    }
                }
                data.annotations().forEach(a -> agreed.add("shows “" + a + "”"));
            } catch (RuntimeException e) {
                differences.add("panel data could not be rebuilt: " + e.getMessage());
            }
        }
        return new FigureReport.PanelReport(panel.label(), panel.title(), agreed, differences);
    }

    private void rehash(String run, List<String> agreed, List<String> differences) {
        Optional<RawDataRecord> raw = raw(run);
        if (raw.isEmpty()) {
            differences.add("measurement " + run + " has no RawDataRecorded event");
            return;
        }
        RawDataRecord r = raw.get();
        RawDataId id = new RawDataId(r.sha256());
        boolean table = "csv".equals(r.format());
        java.nio.file.Path file = table ? store.pathOfBlob(id, "csv") : store.pathOf(id);
        try {
            long size = java.nio.file.Files.size(file);
            if (table) {
                store.readBlob(id, "csv");
            } else {
                store.verify(id);
            }
            if (size != r.bytes()) {
                differences.add("raw data file " + file + ": " + size + " bytes, the RawDataRecorded event of "
                        + run + " says " + r.bytes());
            } else {
                agreed.add("raw data of " + run + " re-hashed: sha256 " + r.sha256() + " (" + file.getFileName() + ")");
            }
        } catch (java.io.IOException e) {
            differences.add("raw data file " + file + " of measurement " + run + " cannot be read: " + e.getMessage());
        } catch (RuntimeException e) {
            differences.add("raw data file " + file + " of measurement " + run + " does not match its "
                    + "RawDataRecorded sha256 " + r.sha256() + ": " + e.getMessage());
        }
    }

    private static void compare(Analysed a, List<String> agreed, List<String> differences) {
        ResultComputed c = a.computed();
        String id = c.resultId().value();
        int before = differences.size();
        if (!a.raw().sha256().equals(c.rawSha256())) {
            differences.add(id + ": read raw data " + c.rawSha256() + ", the run recorded " + a.raw().sha256());
        }
        if (!a.outcome().method().equals(c.method())) {
            differences.add(id + ": method recorded " + c.method() + ", now " + a.outcome().method());
        }
        for (ResultValue recorded : c.values()) {
            Optional<ResultValue> now = a.outcome().values().stream().filter(v -> v.name().equals(recorded.name()))
                    .findFirst();
            if (now.isEmpty()) {
                differences.add(id + ": " + recorded.name() + " is no longer computed");
            } else if (!close(recorded.value(), now.get().value()) || !close(recorded.sigma(), now.get().sigma())) {
                differences.add(String.format(Locale.ROOT, "%s: %s recorded %s, recomputed %s (relative difference "
                        + "%.3g)", id, recorded.name(), recorded.display(), now.get().display(),
                        relative(recorded.value(), now.get().value())));
            }
        }
        if (differences.size() == before) {
            ResultValue h = c.headlineValue().orElse(c.values().getFirst());
            agreed.add(id + ": " + c.values().size() + " values recomputed by " + c.method() + " agree ("
                    + h.name() + " = " + h.display() + ")");
        }
    }

    static boolean close(double a, double b) {
        return a == b || Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
    }

    private static double relative(double a, double b) {
        return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
    }
}
