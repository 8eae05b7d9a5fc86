package org.photonledger.domain.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photonledger.domain.InMemoryLab;
import org.photonledger.domain.PaperLots;
import org.photonledger.domain.PaperRun;
import org.photonledger.domain.cavity.CavityId;
import org.photonledger.domain.cavity.DisassembleCavity;
import org.photonledger.domain.film.FilmId;
import org.photonledger.domain.protocol.Farrow2024Preparation;
import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.domain.validation.InvalidInputException;

/** A measurement's life on the paper's cavity and film: start with a resolved target, one end, data never lost. */
class MeasurementTest {

    static final String SHA = "a".repeat(64);
    private final Farrow2024Preparation.Ids ids = Farrow2024Preparation.Ids.fresh();
    private InMemoryLab lab;

    @BeforeEach
    void paperLab() {
        lab = new InMemoryLab();
        PaperRun.registerLots(lab);
        Farrow2024Preparation.commands(PaperLots.lots(), ids, "PQD-1").forEach(lab::send);
    }

    static InstrumentSnapshot snapshot() {
        return new InstrumentSnapshot("simulated-lab-1", List.of(new InstrumentSettings("pulsed-laser", "pulsed laser",
                "simulated PDL 800-D", List.of(Setting.of("repetitionRate", Quantity.of(5, Unit.MEGAHERTZ))))));
    }

    static StartMeasurement onCavity(MeasurementId id, CavityId cavity) {
        return new StartMeasurement(id, MeasurementType.HBT_PULSED, cavity, null, null,
                List.of(Setting.of("binWidth", Quantity.of(100, Unit.PICOSECOND))), Quantity.of(10, Unit.SECOND),
                snapshot());
    }

    static RawDataRecord tags(boolean complete) {
        return new RawDataRecord(SHA, "pltags-v1", 1234, 400, List.of(new RawDataRecord.ChannelCount(0, 200),
                new RawDataRecord.ChannelCount(1, 200)), 10_000_000_000_000L, complete);
    }

    @Test
    void a_cavity_measurement_records_the_configuration_in_force_and_the_chosen_dot() {
        // given the paper's cavity, configured once
        MeasurementId id = MeasurementId.newId();
        // when
        lab.send(onCavity(id, ids.cavity()));
        // then
        MeasurementStarted started = (MeasurementStarted) lab.events(id.value()).getFirst();
        assertThat(started.target().cavityId()).isEqualTo(ids.cavity());
        assertThat(started.target().filmId()).isEqualTo(ids.film());
        assertThat(started.target().cavityConfiguration()).isNotNull();
        assertThat(started.target().position()).isNotNull();
        assertThat(started.instruments()).isEqualTo(snapshot());
    }

    @Test
    void a_run_completes_only_after_its_raw_data_is_recorded() {
        // given
        MeasurementId id = MeasurementId.newId();
        lab.send(onCavity(id, ids.cavity()));
        // when completing without data
        // then
        assertThatThrownBy(() -> lab.send(new CompleteMeasurement(id, List.of())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no raw data recorded");
        // when with data
        lab.send(new RecordRawData(id, tags(true)));
        lab.send(new CompleteMeasurement(id, List.of(Setting.of("tags", 400))));
        // then
        assertThat(lab.events(id.value())).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("MeasurementStarted", "RawDataRecorded", "MeasurementCompleted");
        assertThat(lab.state(Measurement.class, id.value(), Measurement::status)).isEqualTo(MeasurementStatus.COMPLETED);
    }

    @Test
    void an_aborted_run_keeps_the_data_taken_so_far_and_needs_a_reason() {
        // given
        MeasurementId id = MeasurementId.newId();
        lab.send(onCavity(id, ids.cavity()));
        lab.send(new RecordRawData(id, tags(false)));
        // when / then
        assertThatThrownBy(() -> lab.send(new AbortMeasurement(id, " "))).hasMessageContaining("reason");
        lab.send(new AbortMeasurement(id, "  dot bleached  "));
        assertThat(lab.events(id.value()).getLast()).isEqualTo(new MeasurementAborted(id, "dot bleached"));
    }

    @Test
    void an_ended_run_takes_no_further_end_and_no_more_data() {
        // given
        MeasurementId id = MeasurementId.newId();
        lab.send(onCavity(id, ids.cavity()));
        lab.send(new FailMeasurement(id, "time tagger: FIFO overflow"));
        // when / then
        assertThatThrownBy(() -> lab.send(new MarkMeasurementInterrupted(id, null)))
                .hasMessageContaining("is failed; only a running measurement can be marked as interrupted");
        assertThatThrownBy(() -> lab.send(new RecordRawData(id, tags(false))))
                .hasMessageContaining("only a running measurement can have raw data recorded");
    }

    @Test
    void raw_data_is_recorded_once_and_must_match_the_measurement_type() {
        // given
        MeasurementId id = MeasurementId.newId();
        lab.send(onCavity(id, ids.cavity()));
        // when / then
        assertThatThrownBy(() -> lab.send(new RecordRawData(id, new RawDataRecord(SHA, "csv", 10, 3, List.of(), 0,
                true)))).hasMessageContaining("produces time tags");
        assertThatThrownBy(() -> lab.send(new RecordRawData(id, new RawDataRecord("xyz", "pltags-v1", 10, 3, List.of(),
                0, true)))).hasMessageContaining("64 lower-case hex digits");
        lab.send(new RecordRawData(id, tags(true)));
        assertThatThrownBy(() -> lab.send(new RecordRawData(id, tags(true)))).hasMessageContaining("already recorded");
    }

    @Test
    void an_interrupted_run_is_marked_with_a_note() {
        // given
        MeasurementId id = MeasurementId.newId();
        lab.send(onCavity(id, ids.cavity()));
        // when
        lab.send(new MarkMeasurementInterrupted(id, null));
        // then
        assertThat(lab.events(id.value()).getLast()).isEqualTo(new MeasurementInterrupted(id,
                "the application stopped while the measurement was running"));
    }

    @Test
    void a_film_measurement_needs_a_position_within_reach() {
        // when / then
        assertThatThrownBy(() -> lab.send(new StartMeasurement(MeasurementId.newId(), MeasurementType.CONFOCAL_SCAN,
                null, ids.film(), null, List.of(), Quantity.of(1, Unit.SECOND), snapshot())))
                .hasMessageContaining("position").hasMessageContaining("is required for a film measurement");
        assertThatThrownBy(() -> lab.send(new StartMeasurement(MeasurementId.newId(), MeasurementType.CONFOCAL_SCAN,
                null, ids.film(), PlanePosition.of(0, 20, Unit.MILLIMETRE), List.of(), Quantity.of(1, Unit.SECOND),
                snapshot()))).hasMessageContaining("position.y");
        MeasurementId ok = MeasurementId.newId();
        lab.send(new StartMeasurement(ok, MeasurementType.CONFOCAL_SCAN, null, ids.film(),
                PlanePosition.of(5, 5, Unit.MICROMETRE), List.of(), Quantity.of(1, Unit.SECOND), snapshot()));
        assertThat(((MeasurementStarted) lab.events(ok.value()).getFirst()).target().filmId()).isEqualTo(ids.film());
    }

    @Test
    void every_problem_with_a_start_is_reported_at_once_and_nothing_is_stored() {
        // given
        int before = lab.allEvents().size();
        // when / then
        assertThatThrownBy(() -> lab.send(new StartMeasurement(null, null, ids.cavity(), new FilmId("film-x"), null,
                null, Quantity.of(-1, Unit.SECOND), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field())
                        .contains("measurementId", "type", "duration", "target", "parameters", "instruments"));
        assertThat(lab.allEvents()).hasSize(before);
    }

    @Test
    void unknown_or_disassembled_cavities_and_reused_ids_are_refused() {
        // given
        MeasurementId id = MeasurementId.newId();
        lab.send(onCavity(id, ids.cavity()));
        // when / then
        assertThatThrownBy(() -> lab.send(onCavity(id, ids.cavity()))).hasMessageContaining("already used");
        assertThatThrownBy(() -> lab.send(onCavity(MeasurementId.newId(), new CavityId("cavity-nope"))))
                .hasMessageContaining("no cavity with this id exists");
        lab.send(new DisassembleCavity(ids.cavity(), "done"));
        assertThatThrownBy(() -> lab.send(onCavity(MeasurementId.newId(), ids.cavity())))
                .hasMessageContaining("can no longer be measured");
    }
}
