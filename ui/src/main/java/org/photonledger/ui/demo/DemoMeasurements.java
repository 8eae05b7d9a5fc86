package org.photonledger.ui.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.photonledger.acquisition.measurement.InstrumentSetBusyException;
import org.photonledger.acquisition.measurement.LiveRun;
import org.photonledger.acquisition.rawstore.RawDataId;
import org.photonledger.domain.audit.MetadataKeys;
import org.photonledger.domain.figure.FigureId;
import org.photonledger.domain.figure.Panel;
import org.photonledger.domain.film.FilmId;
import org.photonledger.domain.film.FilmSubstrate;
import org.photonledger.domain.film.SpinCoatFilm;
import org.photonledger.domain.measurement.MeasurementId;
import org.photonledger.domain.measurement.MeasurementType;
import org.photonledger.domain.protocol.Farrow2024Preparation;
import org.photonledger.domain.protocol.Farrow2024Protocol;
import org.photonledger.domain.result.ResultId;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.units.Unit;
import org.photonledger.processing.measurement.MeasurementRow;
import org.photonledger.processing.result.MeasurementAnalysis;
import org.photonledger.ui.axon.ActorContext;
import org.photonledger.ui.axon.AxonRuntime;
import org.photonledger.ui.figure.FigureService;
import org.photonledger.ui.measurement.MeasurementService;
import org.photonledger.ui.result.ResultService;

/**
 * Runs every measurement of Figs. 2–4 of the reference paper on the lab's instruments with the paper's settings —
 * through the same measurement service a user's Start button uses, as the {@code system} actor, unpaced — lets the
 * automatic analysis fit each, re-analyses the pulsed HBT with a flat background and reports it for Fig. 4e, and
 * defines Figs. 2, 3 and 4. Every step has a fixed id and is skipped when it is already recorded, so a start-up
 * killed halfway resumes where it stopped; a run that was cut off (marked interrupted) is kept and run again under
 * the next id, never erased.
 */
@ApplicationScoped
public class DemoMeasurements {

    private static final Logger LOG = Logger.getLogger(DemoMeasurements.class);
    static final int STEPS = 18;
    static final String REPORT_LABEL = "Farrow 2024 Fig. 4e";
    private static final Duration ANALYSIS_WAIT = Duration.ofSeconds(60);

    @Inject
    AxonRuntime axon;

    @Inject
    MeasurementService measurements;

    @Inject
    ResultService results;

    @Inject
    FigureService figures;

    private volatile DemoProgress progress = DemoProgress.idle();
    private int done;
    private Instant startedAt;

    public DemoProgress progress() {
        return progress;
    }

    /** The figure ids of a demo attempt. */
    static FigureId figure(String suffix, int n) {
        return new FigureId("figure-farrow2024-fig" + n + suffix);
    }

    /** Builds whatever of the demo's measurements, results and figures is not recorded yet. */
    public synchronized void complete(Farrow2024Preparation.Ids ids) {
        String suffix = ids.cavity().value().substring("cavity-demo".length());
        if (exists(figure(suffix, 4).value())) {
            progress = new DemoProgress(DemoProgress.State.DONE, STEPS, STEPS, "", null, null);
            return;
        }
        startedAt = Instant.now();
        done = 0;
        step("starting");
        try {
            ActorContext.runAs(MetadataKeys.SYSTEM, () -> build(ids, suffix));
            progress = new DemoProgress(DemoProgress.State.DONE, STEPS, STEPS, "", startedAt, Instant.now());
            LOG.infof("Demo lab: every measurement of Figs. 2–4 taken, analysed and drawn in %d ms",
                    Duration.between(startedAt, Instant.now()).toMillis());
        } catch (RuntimeException e) {
            progress = new DemoProgress(DemoProgress.State.FAILED, done, STEPS, e.getMessage(), startedAt, Instant.now());
            LOG.errorf(e, "Demo lab: the measurements of Figs. 2–4 stopped at step %d of %d", done, STEPS);
        }
    }

    private void build(Farrow2024Preparation.Ids ids, String suffix) {
        String glass = "film-demo-glass" + suffix;
        if (!exists(glass)) {
            // the paper's 4 K samples: the dots spin-coated onto glass at 4000 rpm for 30 s
            axon.send(new SpinCoatFilm(new FilmId(glass), StepId.newId(), ids.sizeSelected(),
                    FilmSubstrate.coverslip("glass coverslip, for the cryostat (4 K)"), "PQD film on glass (4 K)",
                    Farrow2024Protocol.spinCoating()));
            measurements.settle();
        }
        step("film on glass spin-coated");
        String film = ids.film().value();
        String cavity = ids.cavity().value();
        String p = "measurement-demo" + suffix + "-";

        String scanGlass = run(p + "scan-glass", MeasurementType.CONFOCAL_SCAN, null, glass, origin(), Map.of());
        PlanePosition glassDot = typicalDot(scanGlass);
        String scanMirror = run(p + "fig3a", MeasurementType.CONFOCAL_SCAN, null, film, origin(), Map.of());
        PlanePosition mirrorDot = typicalDot(scanMirror);
        String spectrumRt = run(p + "fig2b", MeasurementType.PL_SPECTRUM, null, glass, glassDot,
                Map.of("temperature", "295 K", "grating", "300"));
        double centre = value(ResultId.of(spectrumRt, "spectrum"), "centre");
        String spectrum4k = run(p + "fig2a", MeasurementType.PL_SPECTRUM, null, glass, glassDot,
                Map.of("temperature", "4 K", "grating", "1200", "centreWavelength", String.format(
                        java.util.Locale.ROOT, "%.1f nm", centre)));
        String polarisation = run(p + "fig2c", MeasurementType.POLARISATION_SERIES, null, glass, glassDot,
                Map.of("temperature", "295 K", "angleStep", "10°", "dwell", "0.5 s"));
        String trpl4k = run(p + "fig2d", MeasurementType.TRPL, null, glass, glassDot,
                Map.of("temperature", "4 K", "power", "0.3 µW", "binWidth", "16 ps", "duration", "10 s"));
        String trplRt = run(p + "fig2e", MeasurementType.TRPL, null, glass, glassDot,
                Map.of("temperature", "295 K", "power", "0.3 µW", "binWidth", "16 ps", "duration", "10 s"));
        String blinking = run(p + "fig3b", MeasurementType.BLINKING_TRACE, null, film, mirrorDot,
                Map.of("binWidth", "5 ms", "duration", "10 s"));
        String cavitySpectrum = run(p + "fig4a", MeasurementType.PL_SPECTRUM, cavity, null, null,
                Map.of("grating", "1200", "centreWavelength", "677 nm"));
        String cavityRate = run(p + "fig4b", MeasurementType.BLINKING_TRACE, cavity, null, null,
                Map.of("binWidth", "5 ms", "duration", "5 s"));
        String cavityTrpl = run(p + "fig4c", MeasurementType.TRPL, cavity, null, null,
                Map.of("power", "0.3 µW", "binWidth", "16 ps", "duration", "10 s"));
        String hbtCw = run(p + "fig4d", MeasurementType.HBT_CW, cavity, null, null,
                Map.of("duration", "10 s", "binWidth", "100 ps", "range", "100 ns"));
        String hbtPulsed = run(p + "fig4e", MeasurementType.HBT_PULSED, cavity, null, null,
                Map.of("repetitionRate", "5 MHz", "duration", "10 s", "binWidth", "100 ps", "range", "1000 ns"));

        ResultId reported = reported(hbtPulsed);
        step("pulsed HBT re-analysed with a flat background and reported");
        FarrowFigures.Runs runs = new FarrowFigures.Runs(spectrum4k, spectrumRt, polarisation, trpl4k, trplRt,
                scanMirror, blinking, cavitySpectrum, cavityRate, cavityTrpl, hbtCw, hbtPulsed, reported);
        define(figure(suffix, 2), FarrowFigures.FIG2, FarrowFigures.FIG2_CAPTION, FarrowFigures.fig2(runs));
        define(figure(suffix, 3), FarrowFigures.FIG3, FarrowFigures.FIG3_CAPTION, FarrowFigures.fig3(runs));
        define(figure(suffix, 4), FarrowFigures.FIG4, FarrowFigures.FIG4_CAPTION, FarrowFigures.fig4(runs));
    }

    private static PlanePosition origin() {
        return PlanePosition.of(0, 0, Unit.MICROMETRE);
    }

    /**
     * The run under this key, taken now unless a completed one is recorded; one cut off before is kept and the
     * run taken again under the next id. Waits for its automatic analysis.
     */
    private String run(String key, MeasurementType type, String cavity, String film, PlanePosition at,
            Map<String, String> parameters) {
        for (int n = 1; n <= 5; n++) {
            String id = n == 1 ? key : key + "-r" + n;
            Optional<MeasurementRow> row = measurements.byId(id);
            if (row.isPresent()) {
                if ("completed".equals(row.get().status()) && row.get().rawSha256() != null) {
                    analysed(id, type);
                    step(type.title() + " " + id + " (recorded before)");
                    return id;
                }
                continue; // interrupted, failed or aborted: kept as it is
            }
            long t0 = System.nanoTime();
            LiveRun live = start(id, type, cavity, film, at, parameters);
            while (live.running()) {
                sleep(20);
            }
            measurements.settle();
            if (live.status() != org.photonledger.domain.measurement.MeasurementStatus.COMPLETED) {
                LOG.warnf("Demo lab: %s ended %s (%s); taking it again", id, live.status(), live.message());
                continue;
            }
            analysed(id, type);
            LOG.infof("Demo lab: %s on %s — %d records in %d ms", type.title(), cavity != null ? cavity : film,
                    live.records(), (System.nanoTime() - t0) / 1_000_000);
            step(type.title() + " " + id);
            return id;
        }
        throw new IllegalStateException("the demo's " + type.title() + " " + key + " did not complete in 5 attempts");
    }

    private LiveRun start(String id, MeasurementType type, String cavity, String film, PlanePosition at,
            Map<String, String> parameters) {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (true) {
            try {
                return measurements.start(new MeasurementId(id), type, cavity, film, at, new LinkedHashMap<>(
                        parameters), 0);
            } catch (InstrumentSetBusyException busy) {
                if (System.nanoTime() > deadline) {
                    throw busy;
                }
                progress = new DemoProgress(DemoProgress.State.RUNNING, done, STEPS, "waiting for the instruments: "
                        + busy.getMessage(), startedAt, null);
                sleep(1000);
            }
        }
    }

    /** Waits until the automatic analysis has recorded the run's result (types without an analysis: at once). */
    private void analysed(String id, MeasurementType type) {
        if (!MeasurementAnalysis.analysable(type)) {
            return;
        }
        ResultId result = ResultId.of(id, MeasurementAnalysis.model(type));
        long deadline = System.nanoTime() + ANALYSIS_WAIT.toNanos();
        while (!exists(result.value())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the automatic analysis recorded no result " + result + " within "
                        + ANALYSIS_WAIT.toSeconds() + " s");
            }
            sleep(20);
        }
        measurements.settle();
    }

    private double value(ResultId id, String name) {
        return results.record(id.value()).orElseThrow().computed().values().stream()
                .filter(v -> v.name().equals(name)).findFirst().orElseThrow().value();
    }

    /**
     * Where on a film to measure one dot, chosen from its confocal scan as an experimenter would: among the bright
     * spots (local maxima above three times the scan's median), a typical one — the spot closest to the median spot
     * brightness, not the brightest, which is usually a cluster of several dots.
     */
    private PlanePosition typicalDot(String scan) {
        MeasurementRow row = measurements.byId(scan).orElseThrow();
        String csv = new String(measurements.rawStore().readBlob(new RawDataId(row.rawSha256()), "csv"),
                StandardCharsets.UTF_8);
        java.util.TreeMap<Double, java.util.TreeMap<Double, Double>> grid = new java.util.TreeMap<>();
        for (String line : csv.split("\n")) {
            String[] c = line.split(",");
            if (c.length < 3 || c[2].isEmpty() || !Character.isDigit(c[2].charAt(0))) {
                continue;
            }
            grid.computeIfAbsent(Double.parseDouble(c[1]), k -> new java.util.TreeMap<>())
                    .put(Double.parseDouble(c[0]), Double.parseDouble(c[2]));
        }
        List<Double> ys = new java.util.ArrayList<>(grid.keySet());
        double[] all = grid.values().stream().flatMap(r -> r.values().stream()).mapToDouble(Double::doubleValue)
                .sorted().toArray();
        double median = all.length == 0 ? 0 : all[all.length / 2];
        List<double[]> peaks = new java.util.ArrayList<>();
        for (int j = 1; j < ys.size() - 1; j++) {
            List<Double> xs = new java.util.ArrayList<>(grid.get(ys.get(j)).keySet());
            for (int i = 1; i < xs.size() - 1; i++) {
                double v = grid.get(ys.get(j)).get(xs.get(i));
                boolean peak = v > 3 * Math.max(median, 1);
                for (int dj = -1; dj <= 1 && peak; dj++) {
                    for (int di = -1; di <= 1 && peak; di++) {
                        Double n = grid.get(ys.get(j + dj)).get(xs.get(i + di));
                        if ((di != 0 || dj != 0) && n != null && n >= v) {
                            peak = false;
                        }
                    }
                }
                if (peak) {
                    peaks.add(new double[] {xs.get(i), ys.get(j), v});
                }
            }
        }
        if (peaks.isEmpty()) {
            throw new IllegalStateException("the confocal scan " + scan + " shows no dot to measure");
        }
        double[] heights = peaks.stream().mapToDouble(p -> p[2]).sorted().toArray();
        double typical = heights[heights.length / 2];
        double[] chosen = peaks.stream().min(java.util.Comparator.<double[]>comparingDouble(p -> Math.abs(p[2]
                - typical)).thenComparingDouble(p -> p[0] * p[0] + p[1] * p[1])).orElseThrow();
        LOG.infof("Demo lab: %d dots in scan %s; measuring the typical one at (%.1f, %.1f) µm (%.0f counts, brightest "
                + "%.0f)", peaks.size(), scan, chosen[0], chosen[1], chosen[2], heights[heights.length - 1]);
        return PlanePosition.of(chosen[0], chosen[1], Unit.MICROMETRE);
    }

    /** The pulsed HBT analysed again with a flat background subtracted, reported for Fig. 4e (once). */
    private ResultId reported(String hbtPulsed) {
        ResultId id = new ResultId(ResultId.of(hbtPulsed, "g2-pulsed").value() + "-2");
        if (!exists(id.value())) {
            ResultId made = results.reanalyse(hbtPulsed, Map.of("background", "flat"), "the paper's g²(0) = 0.06 "
                    + "is quoted after subtracting the flat background of accidental coincidences (dark counts, "
                    + "afterpulsing); the automatic analysis subtracts none");
            if (!made.equals(id)) {
                throw new IllegalStateException("the re-analysis was recorded as " + made + ", expected " + id);
            }
        }
        if (results.record(id.value()).orElseThrow().reports().stream().noneMatch(r -> r.label().equals(
                REPORT_LABEL))) {
            results.report(id.value(), REPORT_LABEL, "background-subtracted purity, as the paper reports it");
        }
        return id;
    }

    private void define(FigureId id, String name, String caption, List<Panel> panels) {
        if (!exists(id.value())) {
            figures.define(id, name, caption, panels);
        }
        step(name + " defined");
    }

    private boolean exists(String aggregateId) {
        return axon.eventStore().readEvents(aggregateId).hasNext();
    }

    private void step(String what) {
        if (!"starting".equals(what)) {
            done++;
        }
        progress = new DemoProgress(DemoProgress.State.RUNNING, done, STEPS, what, startedAt, null);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
