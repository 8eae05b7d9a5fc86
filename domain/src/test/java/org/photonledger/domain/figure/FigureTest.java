package org.photonledger.domain.figure;

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
import org.photonledger.domain.result.ComputeResult;
import org.photonledger.domain.result.ResultId;
import org.photonledger.domain.result.ResultValue;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.domain.validation.InvalidInputException;

/** Figures are versioned definitions over results and measurements that exist; a version is published once. */
class FigureTest {

    static final String SHA = "d".repeat(64);
    private final Farrow2024Preparation.Ids ids = Farrow2024Preparation.Ids.fresh();
    private final MeasurementId run = MeasurementId.newId();
    private final ResultId purity = ResultId.of(run.value(), "g2-pulsed");
    private final FigureId figure = new FigureId("fig-4");
    private InMemoryLab lab;

    @BeforeEach
    void aResult() {
        lab = new InMemoryLab();
        PaperRun.registerLots(lab);
        Farrow2024Preparation.commands(PaperLots.lots(), ids, "PQD-1").forEach(lab::send);
        lab.send(new StartMeasurement(run, MeasurementType.HBT_PULSED, ids.cavity(), null, null, List.of(),
                Quantity.of(10, Unit.SECOND), new InstrumentSnapshot("sim", List.of(new InstrumentSettings("tagger",
                        "time tagger", "sim", List.of())))));
        lab.send(new RecordRawData(run, new RawDataRecord(SHA, "pltags-v1", 10, 5, List.of(), 1, true)));
        lab.send(new CompleteMeasurement(run, List.of()));
        lab.send(new ComputeResult(purity, run, SHA, "g2-pulsed", "g2-pulsed@1", List.of(Setting.of("windowPs", 20000,
                "ps")), List.of(new ResultValue("g2zero", 0.06, 0.01, "")), "g2zero", 1.0));
    }

    private Panel panelE(List<ResultId> results, String annotation) {
        return new Panel("e", "HBT, pulsed", PlotType.G2, results, List.of(run), new Axis("delay τ", "ns", false),
                new Axis("coincidences", "", false), true, annotation, "g2zero", null, null);
    }

    @Test
    void a_figure_is_defined_as_version_1_with_its_panels() {
        // when
        lab.send(new DefineFigure(figure, "Farrow 2024 Fig. 4", "caption", List.of(panelE(List.of(purity),
                "g²(0) = {value} ± {sigma}"))));
        // then
        FigureDefined defined = (FigureDefined) lab.events(figure.value()).getFirst();
        assertThat(defined.version()).isEqualTo(1);
        assertThat(defined.panels()).singleElement().satisfies(p -> assertThat(p.resultIds()).containsExactly(purity));
    }

    @Test
    void a_panel_naming_a_result_or_measurement_that_does_not_exist_is_refused() {
        // when / then
        assertThatThrownBy(() -> lab.send(new DefineFigure(figure, "Fig", null, List.of(new Panel("a", "t",
                PlotType.G2, List.of(new ResultId("nope")), List.of(MeasurementId.newId()), new Axis("x", "", false),
                new Axis("y", "", false), true, null, null, null, "xyz")))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field())
                        .containsExactlyInAnyOrder("panels[0].resultIds", "panels[0].measurementIds",
                                "panels[0].dataSha256"));
    }

    @Test
    void bad_definitions_are_reported_field_by_field() {
        // when / then
        assertThatThrownBy(() -> lab.send(new DefineFigure(figure, " ", null, List.of(panelE(List.of(purity),
                "{value} {oops}"), panelE(List.of(), "{value}")))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field())
                        .contains("name", "panels[0].annotation", "panels[1].label", "panels[1].annotation"));
    }

    @Test
    void a_revision_is_a_new_version_with_its_reason() {
        // given
        lab.send(new DefineFigure(figure, "Fig. 4", null, List.of(panelE(List.of(purity), null))));
        // when
        lab.send(new ReviseFigure(figure, "Farrow 2024 Fig. 4", null, List.of(panelE(List.of(purity), "{value}")),
                "annotate g²(0)"));
        // then
        FigureRevised revised = (FigureRevised) lab.events(figure.value()).get(1);
        assertThat(revised.version()).isEqualTo(2);
        assertThat(revised.reason()).isEqualTo("annotate g²(0)");
        assertThatThrownBy(() -> lab.send(new ReviseFigure(figure, "x", null, List.of(panelE(List.of(purity), null)),
                " "))).hasMessageContaining("reason");
    }

    @Test
    void a_version_is_published_once_with_a_reason() {
        // given
        lab.send(new DefineFigure(figure, "Fig. 4", null, List.of(panelE(List.of(purity), null))));
        // when
        lab.send(new PublishFigure(figure, "submitted with the paper"));
        // then
        assertThat(lab.events(figure.value()).get(1)).isEqualTo(new FigurePublished(figure, 1,
                "submitted with the paper"));
        assertThatThrownBy(() -> lab.send(new PublishFigure(figure, "again")))
                .hasMessageContaining("already published");
        assertThatThrownBy(() -> lab.send(new PublishFigure(new FigureId("none"), "x")));
        // a revision is a new version that can be published in its turn
        lab.send(new ReviseFigure(figure, "Fig. 4", null, List.of(panelE(List.of(purity), "{value}")), "annotated"));
        lab.send(new PublishFigure(figure, "erratum"));
        assertThat(((FigurePublished) lab.events(figure.value()).get(3)).version()).isEqualTo(2);
    }
}
