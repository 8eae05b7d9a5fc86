package org.photonledger.acquisition.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.photonledger.acquisition.instrument.Specimen;
import org.photonledger.acquisition.simlab.DotModel;
import org.photonledger.acquisition.simlab.LabModel;
import org.photonledger.acquisition.simlab.QuantumDot;
import org.photonledger.acquisition.simlab.SimulatedLab;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.acquisition.timetag.TagSource;
import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/**
 * Tag generation of the simulated lab in tags per second (one operation = one tag), for the set-ups of the paper:
 * a dot on glass under CW light (1 µW, ≈ 0.6 Mcps per detector), the same under 5 MHz pulses (T3, independent
 * pulses), the paper's cavity under CW light, and 80 MHz pulses at room temperature (pulse by pulse, since the
 * exciton outlives the period). Dots do not blink here, so the rate is constant.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 4)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class SimulatedLabBenchmarks {

    static final int TAGS = 1 << 20;

    @Param({"cw-glass", "pulsed-5MHz-glass", "cw-cavity", "pulsed-80MHz-glass"})
    public String setup;

    private SimulatedLab lab;
    private final TagBlock block = new TagBlock();

    @Setup(Level.Trial)
    public void setUp() {
        lab = new SimulatedLab(1, LabModel.defaults().withDots(DotModel.defaults().steady()));
        if (setup.startsWith("cw-cavity")) {
            Specimen.Film film = new Specimen.Film("bench-mirror", null, true, 4242L);
            lab.mount(new Specimen.Cavity("bench-cavity", film, PlanePosition.of(3, 4, Unit.MICROMETRE), 3,
                    Quantity.of(1.0155, Unit.MICROMETRE), Quantity.of(677, Unit.NANOMETRE), 100, 4.716, 7L));
        } else {
            lab.mount(new Specimen.Film("bench-glass", null, false, 99L));
            QuantumDot dot = lab.dots(PlanePosition.of(0, 0, Unit.MICROMETRE), Quantity.of(20, Unit.MICROMETRE))
                    .get(0);
            lab.stage().moveTo(dot.position());
        }
        switch (setup) {
            case "pulsed-5MHz-glass" -> {
                lab.pulsedLaser().setPower(Quantity.of(1, Unit.MICROWATT));
                lab.pulsedLaser().setEnabled(true);
            }
            case "pulsed-80MHz-glass" -> {
                lab.pulsedLaser().setRepetitionRate(Quantity.of(80, Unit.MEGAHERTZ));
                lab.pulsedLaser().setPower(Quantity.of(3, Unit.MICROWATT));
                lab.pulsedLaser().setEnabled(true);
            }
            default -> {
                lab.cwLaser().setPower(Quantity.of(1, Unit.MICROWATT));
                lab.cwLaser().setEnabled(true);
            }
        }
    }

    /** Reads {@link #TAGS} tags of a fresh hour-long acquisition (generated lazily, so only those are made). */
    @Benchmark
    @OperationsPerInvocation(TAGS)
    public long generate() {
        TagSource source = lab.timeTagger().acquire(Quantity.of(1, Unit.HOUR));
        long tags = 0;
        long last = 0;
        while (tags < TAGS && source.next(block)) {
            tags += block.size();
            last = block.times()[block.size() - 1];
        }
        return last;
    }
}
