package org.photonledger.domain.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photonledger.domain.InMemoryLab;
import org.photonledger.domain.PaperLots;
import org.photonledger.domain.PaperRun;
import org.photonledger.domain.measurement.CompleteMeasurement;
import org.photonledger.domain.measurement.InstrumentSettings;
import org.photonledger.domain.measurement.InstrumentSnapshot;
import org.photonledger.domain.measurement.MeasurementId;
import org.photonledger.domain.measurement.MeasurementType;
import org.photonledger.domain.measurement.RawDataRecord;
import org.photonledger.domain.measurement.RecordRawData;
import org.photonledger.domain.measurement.Setting;
import org.photonledger.domain.measurement.StartMeasurement;
import org.photonledger.domain.protocol.Farrow2024Preparation;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.domain.validation.InvalidInputException;

/** Results name the measurement and the exact raw data they came from; reported labels accumulate. */
class ResultTest {

    static final String SHA = "b".repeat(64);
    private final Farrow2024Preparation.Ids ids = Farrow2024Preparation.Ids.fresh();
    private final MeasurementId run = MeasurementId.newId();
    private InMemoryLab lab;

    @BeforeEach
    void aCompletedRun() {
        lab = new InMemoryLab();
        PaperRun.registerLots(lab);
        Farrow2024Preparation.commands(PaperLots.lots(), ids, "PQD-1").forEach(lab::send);
        lab.send(new StartMeasurement(run, MeasurementType.HBT_PULSED, ids.cavity(), null, null, List.of(),
                Quantity.of(10, Unit.SECOND), new InstrumentSnapshot("sim", List.of(new InstrumentSettings("tagger",
                        "time tagger", "sim", List.of())))));
        lab.send(new RecordRawData(run, new RawDataRecord(SHA, "pltags-v1", 10, 5, List.of(), 1, true)));
        lab.send(new CompleteMeasurement(run, List.of()));
    }

    static ComputeResult purity(ResultId id, MeasurementId run, String sha) {
        return new ComputeResult(id, run, sha, "g2-pulsed", "g2-pulsed@1", List.of(Setting.of("windowPs", 20000, "ps")),
                List.of(new ResultValue("g2zero", 0.06, 0.01, ""), new ResultValue("purity", 0.94, 0.01, "")),
                "purity", 1.02);
    }

    @Test
    void a_result_records_its_inputs_method_parameters_and_values() {
        // given
        ResultId id = ResultId.of(run.value(), "g2-pulsed");
        // when
        lab.send(purity(id, run, SHA));
        // then
        ResultComputed computed = (ResultComputed) lab.events(id.value()).getFirst();
        assertThat(computed.measurementId()).isEqualTo(run);
        assertThat(computed.rawSha256()).isEqualTo(SHA);
        assertThat(computed.headlineValue().orElseThrow().display()).isEqualTo("0.940 ± 0.010");
    }

    @Test
    void a_result_of_other_data_than_the_runs_is_refused() {
        // when / then
        assertThatThrownBy(() -> lab.send(purity(new ResultId("r1"), run, "c".repeat(64))))
                .hasMessageContaining("is not the raw data of measurement");
        assertThatThrownBy(() -> lab.send(purity(new ResultId("r2"), MeasurementId.newId(), SHA)))
                .hasMessageContaining("no measurement with this id exists");
    }

    @Test
    void bad_values_are_all_reported_at_once() {
        // when / then
        assertThatThrownBy(() -> lab.send(new ComputeResult(new ResultId("r3"), run, SHA, "x", "x", null,
                List.of(new ResultValue("a", Double.NaN, -1, ""), new ResultValue("a", 1, 0, "")), "b", -2.0)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field())
                        .contains("method", "values[0].value", "values[0].sigma", "values[1].name", "headline",
                                "chi2Reduced"));
    }

    @Test
    void the_same_analysis_of_the_same_run_is_recorded_once_and_labels_accumulate() {
        // given
        ResultId id = ResultId.of(run.value(), "g2-pulsed");
        lab.send(purity(id, run, SHA));
        // when / then
        assertThatThrownBy(() -> lab.send(purity(id, run, SHA))).hasMessageContaining("already used");
        lab.send(new ReportResult(id, "Farrow 2024, Fig. 4e", "standard analysis, no background subtraction"));
        assertThatThrownBy(() -> lab.send(new ReportResult(id, "Farrow 2024, Fig. 4e", "again")))
                .hasMessageContaining("already reported");
        lab.send(new ReportResult(id, "Group meeting 2026-11-25", "first look"));
        assertThat(lab.events(id.value())).hasSize(3);
    }

    @Test
    void reporting_needs_a_reason_and_records_it() {
        // given
        ResultId id = ResultId.of(run.value(), "g2-pulsed");
        lab.send(purity(id, run, SHA));
        // when / then
        assertThatThrownBy(() -> lab.send(new ReportResult(id, "Farrow 2024, Fig. 4e", " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field()).containsExactly("reason"));
        lab.send(new ReportResult(id, "Farrow 2024, Fig. 4e", " flat background subtracted, as in the paper "));
        assertThat(lab.events(id.value()).getLast()).isEqualTo(new ResultReported(id, "Farrow 2024, Fig. 4e",
                "flat background subtracted, as in the paper"));
    }
}
