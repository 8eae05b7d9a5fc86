package org.photonledger.ui.preparation;

import com.vaadin.flow.component.textfield.TextField;
import org.photonledger.domain.protocol.Farrow2024Protocol;
import org.photonledger.domain.synthesis.BatchId;
import org.photonledger.domain.synthesis.StartSynthesisBatch;

/** Opens a synthesis batch under the name the lab uses for it, following the paper's protocol by default. */
class StartBatchForm extends BenchForm {

    private final TextField name = new TextField("Batch name");
    private final TextField protocol = new TextField("Protocol");

    StartBatchForm(PreparationFacade facade, BenchStep step) {
        super(facade, step, "Start batch");
        name.setId("batch-name");
        name.setRequiredIndicatorVisible(true);
        name.setPlaceholder("e.g. the notebook page: PQD-2024-03-01");
        name.setAutofocus(true);
        protocol.setId("batch-protocol");
        protocol.setValue(Farrow2024Protocol.NAME);
        field("name", name);
        field("protocol", protocol);
    }

    @Override
    protected Saved submit() {
        BatchId id = BatchId.newId();
        facade.startBatch(new StartSynthesisBatch(id, name.getValue(), protocol.getValue()));
        return new Saved(id.value(), "Started batch " + name.getValue().strip());
    }

    @Override
    void target(String id) {
        // a new batch has no object to start from
    }
}
