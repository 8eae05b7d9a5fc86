package org.photonledger.acquisition.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.photonledger.acquisition.instrument.Specimen;
import org.photonledger.acquisition.measurement.LiveRun;
import org.photonledger.acquisition.measurement.MeasurementRequest;
import org.photonledger.acquisition.measurement.MeasurementRunner;
import org.photonledger.acquisition.rawstore.RawStore;
import org.photonledger.acquisition.simlab.SimulatedLab;
import org.photonledger.domain.cavity.CavityId;
import org.photonledger.domain.measurement.MeasurementId;
import org.photonledger.domain.measurement.MeasurementType;
import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/**
 * The whole acquisition path at full speed (pacing off): the simulated lab generating the photons of a pulsed HBT
 * run on the paper's cavity, the live g² correlator, and the compressed, hashed write into the raw-data store. One
 * operation is one 10 s run; the {@code tags} counter gives tags per second of wall time, to compare with what a
 * real time tagger delivers (the paper's rates: ~10⁵ /s; a Time Tagger 20 sustains ~9 M tags/s).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class AcquisitionBenchmark {

    /** Excitation power in µW: the paper's 1 µW and a saturating 50 µW. */
    @Param({"1", "50"})
    public double power;

    private Path dir;
    private MeasurementRunner runner;
    private final Specimen cavity = new Specimen.Cavity("cavity-bench", new Specimen.Film("film-bench", null, true, 7),
            PlanePosition.of(0, 0, Unit.MICROMETRE), 3, Quantity.of(1.0155, Unit.MICROMETRE),
            Quantity.of(677, Unit.NANOMETRE), 100, 4.7, 11);

    /** Tags acquired, reported per second of the measured time. */
    @AuxCounters(AuxCounters.Type.EVENTS)
    @State(Scope.Thread)
    public static class Tags {
        public long tags;
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("photonledger-acquisition-bench");
        runner = new MeasurementRunner(new SimulatedLab(2024), new RawStore(dir), 0, Clock.systemUTC());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public long pulsedHbtRun(Tags counter) {
        LiveRun run = runner.start(new MeasurementRequest(MeasurementId.newId(), MeasurementType.HBT_PULSED,
                new CavityId("cavity-bench"), null, PlanePosition.of(0, 0, Unit.MICROMETRE),
                Quantity.of(1.0155, Unit.MICROMETRE), cavity, Map.of("duration", "10 s", "power", power + " µW")),
                command -> { });
        while (run.running()) {
            LockSupport.parkNanos(200_000);
        }
        counter.tags += run.records();
        return run.records();
    }
}
