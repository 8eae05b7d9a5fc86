package org.photonledger.acquisition.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photonledger.acquisition.instrument.InstrumentException;
import org.photonledger.acquisition.instrument.Specimen;
import org.photonledger.acquisition.rawstore.RawDataId;
import org.photonledger.acquisition.rawstore.RawStore;
import org.photonledger.domain.cavity.CavityId;
import org.photonledger.domain.measurement.AbortMeasurement;
import org.photonledger.domain.measurement.CompleteMeasurement;
import org.photonledger.domain.measurement.FailMeasurement;
import org.photonledger.domain.measurement.MarkMeasurementInterrupted;
import org.photonledger.domain.measurement.MeasurementId;
import org.photonledger.domain.measurement.MeasurementStatus;
import org.photonledger.domain.measurement.MeasurementType;
import org.photonledger.domain.measurement.RawDataRecord;
import org.photonledger.domain.measurement.RecordRawData;
import org.photonledger.domain.measurement.StartMeasurement;
import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.domain.validation.InvalidInputException;

/** The runner's paths: complete, abort, fail, interrupted, busy and refused, each with the commands it sends. */
class MeasurementRunnerTest {

    @TempDir
    Path root;

    private final List<Object> sent = new CopyOnWriteArrayList<>();
    private final CommandSink sink = sent::add;

    private static final Specimen CAVITY = new Specimen.Cavity("cavity-1", new Specimen.Film("film-1", null, true, 1),
            PlanePosition.of(1, 2, Unit.MICROMETRE), 3, Quantity.of(1.02, Unit.MICROMETRE),
            Quantity.of(677, Unit.NANOMETRE), 100, 4.7, 2);

    static MeasurementRequest request(MeasurementType type, Map<String, String> parameters) {
        return new MeasurementRequest(MeasurementId.newId(), type, new CavityId("cavity-1"), null,
                PlanePosition.of(1, 2, Unit.MICROMETRE), Quantity.of(1.02, Unit.MICROMETRE), CAVITY, parameters);
    }

    static void awaitEnd(LiveRun run) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (run.running() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(1_000_000);
        }
        assertThat(run.running()).as("run still going after 30 s").isFalse();
    }

    private <T> List<T> sent(Class<T> type) {
        return sent.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void a_run_records_its_start_with_the_snapshot_then_its_raw_data_then_its_completion() {
        // given
        FakeLab lab = new FakeLab(100_000);
        RawStore store = new RawStore(root);
        MeasurementRunner runner = new MeasurementRunner(lab, store, 0, Clock.systemUTC());
        // when
        LiveRun run = runner.start(request(MeasurementType.HBT_CW, Map.of("duration", "1 s", "power", "2 µW")), sink);
        awaitEnd(run);
        // then
        assertThat(run.status()).isEqualTo(MeasurementStatus.COMPLETED);
        assertThat(sent).extracting(c -> c.getClass().getSimpleName())
                .containsExactly("StartMeasurement", "RecordRawData", "CompleteMeasurement");
        StartMeasurement start = sent(StartMeasurement.class).getFirst();
        assertThat(start.instruments().setting("cw-laser", "power").orElseThrow().value()).isEqualTo("2.0");
        assertThat(start.instruments().setting("cw-laser", "enabled").orElseThrow().value()).isEqualTo("true");
        assertThat(start.parameters()).extracting(s -> s.name()).contains("duration", "binWidth", "range", "power");
        RawDataRecord raw = sent(RecordRawData.class).getFirst().raw();
        assertThat(raw.complete()).isTrue();
        assertThat(raw.records()).isBetween(190_000L, 210_000L);
        assertThat(store.verify(new RawDataId(raw.sha256())).tags()).isEqualTo(raw.records());
        assertThat(raw.channelCounts()).hasSize(2);
        assertThat(lab.cwLaser().enabled()).as("laser switched off after the run").isFalse();
        assertThat(run.preview()).isInstanceOf(Preview.Curve.class);
    }

    @Test
    void a_stopped_run_keeps_its_partial_data_and_records_the_reason_through_the_stoppers_sink() {
        // given a run paced in real time
        MeasurementRunner runner = new MeasurementRunner(new FakeLab(20_000), new RawStore(root), 1, Clock.systemUTC());
        LiveRun run = runner.start(request(MeasurementType.HBT_CW, Map.of("duration", "30 s")), sink);
        List<Object> stopper = new CopyOnWriteArrayList<>();
        while (run.records() == 0) {
            LockSupport.parkNanos(1_000_000);
        }
        // when
        runner.abort(run.id(), "  dot bleached ", stopper::add);
        awaitEnd(run);
        // then
        assertThat(run.status()).isEqualTo(MeasurementStatus.ABORTED);
        RawDataRecord raw = sent(RecordRawData.class).getFirst().raw();
        assertThat(raw.complete()).isFalse();
        assertThat(raw.records()).isPositive().isLessThan(1_000_000);
        assertThat(stopper).containsExactly(new AbortMeasurement(run.id(), "dot bleached"));
        assertThatThrownBy(() -> runner.abort(run.id(), "again", stopper::add)).hasMessageContaining("is not running");
    }

    @Test
    void an_instrument_failure_mid_run_keeps_the_data_so_far_and_records_the_message() {
        // given
        FakeLab lab = new FakeLab(100_000);
        lab.failAfterTags = 50_000;
        MeasurementRunner runner = new MeasurementRunner(lab, new RawStore(root), 0, Clock.systemUTC());
        // when
        LiveRun run = runner.start(request(MeasurementType.HBT_PULSED, Map.of("duration", "2 s")), sink);
        awaitEnd(run);
        // then
        assertThat(run.status()).isEqualTo(MeasurementStatus.FAILED);
        assertThat(sent(RecordRawData.class).getFirst().raw().records()).isEqualTo(50_000);
        assertThat(sent(FailMeasurement.class).getFirst().message()).contains("FIFO overflow");
        assertThat(sent(CompleteMeasurement.class)).isEmpty();
    }

    @Test
    void one_run_at_a_time_and_refused_starts_leave_the_set_free() {
        // given
        FakeLab lab = new FakeLab(1000);
        MeasurementRunner runner = new MeasurementRunner(lab, new RawStore(root), 1, Clock.systemUTC());
        // when / then bad parameters and an instrument's refusal start nothing
        assertThatThrownBy(() -> runner.start(request(MeasurementType.TRPL, Map.of("binWidth", "0 ps",
                "colour", "red")), sink)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                e.errors()).extracting(f -> f.field()).containsExactlyInAnyOrder("parameters.binWidth",
                "parameters.colour"));
        assertThatThrownBy(() -> runner.start(request(MeasurementType.HBT_CW, Map.of("power", "6 mW")), sink))
                .isInstanceOf(InstrumentException.class).hasMessageContaining("above the maximum");
        assertThat(sent).isEmpty();
        LiveRun first = runner.start(request(MeasurementType.BLINKING_TRACE, Map.of("duration", "20 s")), sink);
        assertThatThrownBy(() -> runner.start(request(MeasurementType.HBT_CW, Map.of()), sink))
                .isInstanceOf(InstrumentSetBusyException.class).hasMessageContaining("busy with measurement "
                        + first.id());
        runner.abort(first.id(), "test over", sink);
        awaitEnd(first);
        assertThat(runner.current()).isEmpty();
    }

    @Test
    void a_table_measurement_stores_its_csv_and_records_it() {
        // given
        RawStore store = new RawStore(root);
        MeasurementRunner runner = new MeasurementRunner(new FakeLab(10_000), store, 0, Clock.systemUTC());
        // when
        LiveRun run = runner.start(request(MeasurementType.POLARISATION_SERIES, Map.of("angleStep", "30 °",
                "dwell", "0.1 s")), sink);
        awaitEnd(run);
        // then
        RawDataRecord raw = sent(RecordRawData.class).getFirst().raw();
        assertThat(raw.format()).isEqualTo("csv");
        assertThat(raw.records()).isEqualTo(13);
        String csv = new String(store.readBlob(new RawDataId(raw.sha256()), "csv"), StandardCharsets.UTF_8);
        assertThat(csv).as(csv).startsWith("angle_deg,counts\n0,").contains("\n360,");
        assertThat(run.status()).isEqualTo(MeasurementStatus.COMPLETED);
    }

    @Test
    void a_run_found_unfinished_after_a_crash_is_marked_interrupted_with_what_it_had_written() {
        // given a run whose process died: its write is still a temporary file (here: made by a write cut short)
        RawStore store = new RawStore(root);
        MeasurementId id = MeasurementId.newId();
        FakeLab lab = new FakeLab(200_000);
        lab.failAfterTags = 150_000;
        try {
            store.put(lab.timeTagger().acquire(Quantity.of(10, Unit.SECOND)), id.value());
        } catch (InstrumentException expected) {
            // the put cleans up after an exception; a killed process cannot, so leave a copy as a crash would
        }
        java.nio.file.Path temporary = root.resolve(".incoming-" + id.value() + ".tmp");
        assertThat(temporary).doesNotExist();
        lab.failAfterTags = Long.MAX_VALUE;
        LeftBehind.write(store, lab, id, temporary);
        MeasurementRunner runner = new MeasurementRunner(lab, store, 0, Clock.systemUTC());
        // when
        var kept = runner.recoverInterrupted(id, MeasurementType.HBT_CW, sink);
        // then
        assertThat(kept).isPresent();
        assertThat(sent).extracting(c -> c.getClass().getSimpleName())
                .containsExactly("RecordRawData", "MarkMeasurementInterrupted");
        RawDataRecord raw = sent(RecordRawData.class).getFirst().raw();
        assertThat(raw.complete()).isFalse();
        assertThat(raw.records()).isEqualTo(kept.get().tags()).isPositive();
        assertThat(raw.channelCounts()).isNotEmpty();
        assertThat(sent(MarkMeasurementInterrupted.class).getFirst().note()).contains("tags written until then");
    }
}
