package org.photonledger.domain.synthesis;

import java.util.Map;
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
import org.photonledger.domain.validation.ConcurrentEditException;
import org.photonledger.domain.validation.InvalidInputException;

/**
 * Records, corrects and voids synthesis steps together with their reagent stock movements. The batch and every lot
 * are changed in the command's one unit of work, so any refusal (out of order, bad value, not enough stock) stores
 * nothing at all. The batch decides first, so that its refusals are the ones reported.
 */
public class SynthesisStepHandler {

    private final ReagentStock stock;
    private final Repository<SynthesisBatch> batches;

    public SynthesisStepHandler(Repository<ReagentLot> lots, Repository<SynthesisBatch> batches) {
        this.stock = new ReagentStock(lots);
        this.batches = batches;
    }

    @CommandHandler
    public void handle(RecordCsOleatePreparation command) {
        record(command.batchId(), command.stepId(), command.values());
    }

    @CommandHandler
    public void handle(RecordPbI2SolutionPreparation command) {
        record(command.batchId(), command.stepId(), command.values());
    }

    @CommandHandler
    public void handle(RecordHotInjection command) {
        record(command.batchId(), command.stepId(), command.values());
    }

    @CommandHandler
    public void handle(RecordPurification command) {
        record(command.batchId(), command.stepId(), command.values());
    }

    @CommandHandler
    public void handle(RecordStorage command) {
        record(command.batchId(), command.stepId(), command.values());
    }

    @CommandHandler
    public void handle(CorrectSynthesisStep command,
            @MetaDataValue(MetadataKeys.EXPECTED_VERSION) Long expectedVersion) {
        Aggregate<SynthesisBatch> batch = load(command.batchId());
        ConcurrentEditException.check(expectedVersion, batch.version());
        Map<String, ReagentUse> before = batch.invoke(b -> b.reagentUsesOf(command.stepId()));
        batch.execute(b -> b.correct(command.stepId(), command.newValues(), command.reason()));
        stock.settle(before, command.newValues().reagentUses(), command.batchId().value(), command.stepId(),
                command.reason().strip());
    }

    @CommandHandler
    public void handle(VoidSynthesisStep command,
            @MetaDataValue(MetadataKeys.EXPECTED_VERSION) Long expectedVersion) {
        Aggregate<SynthesisBatch> batch = load(command.batchId());
        ConcurrentEditException.check(expectedVersion, batch.version());
        Map<String, ReagentUse> before = batch.invoke(b -> b.reagentUsesOf(command.stepId()));
        batch.execute(b -> b.voidStep(command.stepId(), command.reason()));
        stock.restore(before, command.batchId().value(), command.stepId(), command.reason().strip());
    }

    private void record(BatchId batchId, StepId stepId, SynthesisStep values) {
        load(batchId).execute(b -> b.record(stepId, values));
        stock.consume(values.reagentUses(), batchId.value(), stepId);
    }

    private Aggregate<SynthesisBatch> load(BatchId batchId) {
        if (batchId == null) {
            throw InvalidInputException.of("batchId", null, "is required");
        }
        return AggregateLookup.find(batches, batchId.value())
                .orElseThrow(() -> InvalidInputException.of("batchId", batchId, "no synthesis batch with this id"));
    }
}
