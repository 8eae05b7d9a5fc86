package org.photonledger.domain.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.photonledger.domain.PaperLots.EDTA;
import static org.photonledger.domain.PaperLots.OCTANE;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photonledger.domain.InMemoryLab;
import org.photonledger.domain.PaperRun;
import org.photonledger.domain.protocol.Farrow2024Protocol;
import org.photonledger.domain.reagent.ReagentLot;
import org.photonledger.domain.reagent.ReagentLotId;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.synthesis.BatchId;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.domain.validation.InvalidInputException;

/** Samples whose parents are samples: the whole domain on one in-memory store, as the application wires it. */
class SampleGenealogyTest {

    static final SampleId EDTA_SAMPLE = new SampleId("sample-edta");
    static final SampleId SIZED = new SampleId("sample-sized");
    private InMemoryLab lab;

    @BeforeEach
    void setUp() {
        lab = new InMemoryLab();
        PaperRun.registerLots(lab);
        BatchId batch = new BatchId("batch-1");
        PaperRun.synthesise(lab, batch);
        lab.send(new RecordEdtaTreatment(EDTA_SAMPLE, new StepId("step-edta"), List.of(ParentRef.batch(batch)), null,
                Farrow2024Protocol.edtaTreatment(EDTA)));
    }

    private Quantity remaining(ReagentLotId lot) {
        return lab.state(ReagentLot.class, lot.value(), ReagentLot::remaining);
    }

    private RecordSizeSelection sizeSelectionOf(SampleId parent) {
        return new RecordSizeSelection(SIZED, new StepId("step-size"), List.of(ParentRef.sample(parent)), null,
                Farrow2024Protocol.sizeSelection(Quantity.of(0.1, Unit.MILLILITRE), OCTANE));
    }

    @Test
    void a_sample_can_be_derived_from_another_sample() {
        // when
        lab.send(sizeSelectionOf(EDTA_SAMPLE));
        // then
        assertThat(lab.state(QdSample.class, SIZED.value(), QdSample::parents))
                .containsExactly(ParentRef.sample(EDTA_SAMPLE));
    }

    @Test
    void a_discarded_sample_cannot_be_a_parent_and_nothing_is_stored() {
        // given 98 mL of octane left after the batch's purification
        lab.send(new DiscardSample(EDTA_SAMPLE, "used up"));
        // when / then
        assertThatThrownBy(() -> lab.send(sizeSelectionOf(EDTA_SAMPLE)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("parents[0]: sample sample-edta was discarded (used up)");
        assertThat(lab.events(SIZED.value())).isEmpty();
        assertThat(remaining(OCTANE)).isEqualTo(Quantity.of(98, Unit.MILLILITRE));
    }

    @Test
    void a_voided_sample_cannot_be_a_parent() {
        lab.send(new VoidSampleStep(EDTA_SAMPLE, new StepId("step-edta"), "wrong vial"));
        assertThatThrownBy(() -> lab.send(sizeSelectionOf(EDTA_SAMPLE)))
                .hasMessageContaining("parents[0]: sample sample-edta was voided (wrong vial)");
    }

    @Test
    void a_parent_of_the_wrong_kind_is_not_mistaken_for_one_of_the_right_kind() {
        // given a sample id passed as if it were a batch
        var asBatch = new RecordSizeSelection(SIZED, new StepId("step-size"),
                List.of(new ParentRef(ParentKind.BATCH, EDTA_SAMPLE.value())), null,
                Farrow2024Protocol.sizeSelection(Quantity.of(0.1, Unit.MILLILITRE), OCTANE));
        // when / then
        assertThatThrownBy(() -> lab.send(asBatch))
                .hasMessageContaining("parents[0]: no synthesis batch with this id exists");
    }

    @Test
    void a_sample_cannot_be_its_own_parent() {
        assertThatThrownBy(() -> lab.send(sizeSelectionOf(SIZED)))
                .hasMessageContaining("parents[0]: a sample cannot be its own parent");
    }
}
