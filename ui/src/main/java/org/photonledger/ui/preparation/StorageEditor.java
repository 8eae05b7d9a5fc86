package org.photonledger.ui.preparation;

import static org.photonledger.domain.protocol.Farrow2024Protocol.STORAGE_CONTAINER;
import static org.photonledger.domain.protocol.Farrow2024Protocol.STORAGE_LOCATION;

import com.vaadin.flow.component.textfield.TextField;
import org.photonledger.domain.synthesis.Storage;

/** Where the purified dots are kept, prefilled from the paper. */
class StorageEditor extends ValuesEditor<Storage> {

    private final TextField location;
    private final TextField container;

    StorageEditor(String prefix) {
        super(prefix);
        location = text("location", "Location", "location", STORAGE_LOCATION, true);
        container = text("container", "Container", "container", STORAGE_CONTAINER, false);
    }

    @Override
    Storage read() {
        return new Storage(text(location), text(container));
    }

    @Override
    void fill(Storage v) {
        location.setValue(v.location() == null ? "" : v.location());
        container.setValue(v.container() == null ? "" : v.container());
    }

    @Override
    Class<Storage> type() {
        return Storage.class;
    }
}
