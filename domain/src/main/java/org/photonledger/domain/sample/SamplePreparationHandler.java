package org.photonledger.domain.sample;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.photonledger.domain.AggregateLookup;
import org.photonledger.domain.audit.MetadataKeys;
import org.photonledger.domain.reagent.ReagentLot;
import org.photonledger.domain.reagent.ReagentStock;
import org.photonledger.domain.reagent.ReagentUse;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.synthesis.SynthesisBatch;
import org.photonledger.domain.validation.ConcurrentEditException;
import org.photonledger.domain.validation.FieldErrors;
import org.photonledger.domain.validation.InvalidInputException;

/**
 * Makes, corrects and voids samples: checks that every parent exists and is usable (a stored, not abandoned batch;
 * a sample neither discarded nor voided), creates the sample and moves reagent stock, all in the command's one unit
 * of work, so a refusal anywhere stores nothing.
 */
public class SamplePreparationHandler {

    private final ReagentStock stock;
    private final Repository<SynthesisBatch> batches;
    private final Repository<QdSample> samples;

    public SamplePreparationHandler(Repository<ReagentLot> lots, Repository<SynthesisBatch> batches,
            Repository<QdSample> samples) {
        this.stock = new ReagentStock(lots);
        this.batches = batches;
        this.samples = samples;
    }

    @CommandHandler
    public void handle(RecordEdtaTreatment c) throws Exception {
        make(c.sampleId(), c.stepId(), c.parents(), c.label(), c.values());
    }

    @CommandHandler
    public void handle(RecordSizeSelection c) throws Exception {
        make(c.sampleId(), c.stepId(), c.parents(), c.label(), c.values());
    }

    @CommandHandler
    public void handle(RecordPmmaDispersion c) throws Exception {
        make(c.sampleId(), c.stepId(), c.parents(), c.label(), c.values());
    }

    @CommandHandler
    public void handle(CorrectSampleStep c,
            @MetaDataValue(MetadataKeys.EXPECTED_VERSION) Long expectedVersion) {
        Aggregate<QdSample> sample = load(c.sampleId());
        ConcurrentEditException.check(expectedVersion, sample.version());
        Map<String, ReagentUse> before = sample.invoke(s -> s.reagentUsesOf(c.stepId()));
        sample.execute(s -> s.correct(c.stepId(), c.newValues(), c.reason()));
        stock.settle(before, c.newValues().reagentUses(), c.sampleId().value(), c.stepId(), c.reason().strip());
    }

    @CommandHandler
    public void handle(VoidSampleStep c,
            @MetaDataValue(MetadataKeys.EXPECTED_VERSION) Long expectedVersion) {
        Aggregate<QdSample> sample = load(c.sampleId());
        ConcurrentEditException.check(expectedVersion, sample.version());
        Map<String, ReagentUse> before = sample.invoke(s -> s.reagentUsesOf(c.stepId()));
        sample.execute(s -> s.voidStep(c.stepId(), c.reason()));
        stock.restore(before, c.sampleId().value(), c.stepId(), c.reason().strip());
    }

    private void make(SampleId sampleId, StepId stepId, List<ParentRef> parents, String label,
            SamplePreparation values) throws Exception {
        QdSample.check(sampleId, stepId, parents, label, values).throwIfAny();
        FieldErrors errors = new FieldErrors();
        for (int i = 0; i < parents.size(); i++) {
            ParentRef parent = parents.get(i);
            String field = "parents[" + i + "]";
            whyNotUsable(parent).ifPresent(why -> errors.add(field, parent, why));
        }
        errors.throwIfAny();
        samples.newInstance(() -> new QdSample(sampleId, stepId, parents, label, values));
        stock.consume(values.reagentUses(), sampleId.value(), stepId);
    }

    private Optional<String> whyNotUsable(ParentRef parent) {
        Optional<String> unknown = Optional.of("no " + (parent.kind() == ParentKind.BATCH ? "synthesis batch" : "sample")
                + " with this id exists");
        return switch (parent.kind()) {
            case BATCH -> AggregateLookup.find(batches, parent.id())
                    .map(b -> b.invoke(SynthesisBatch::whyNotUsable)).orElse(unknown);
            case SAMPLE -> AggregateLookup.find(samples, parent.id())
                    .map(s -> s.invoke(QdSample::whyNotUsable)).orElse(unknown);
        };
    }

    private Aggregate<QdSample> load(SampleId sampleId) {
        if (sampleId == null) {
            throw InvalidInputException.of("sampleId", null, "is required");
        }
        return AggregateLookup.find(samples, sampleId.value())
                .orElseThrow(() -> InvalidInputException.of("sampleId", sampleId, "no sample with this id"));
    }
}
