package org.photonledger.acquisition.instrument;

import org.photonledger.domain.units.Quantity;

/** The z piezo that sets the mirror separation of the open-access cavity. */
public interface CavityPiezo extends Instrument {

    /** Sets the mirror separation; refused outside the piezo's range. */
    void setLength(Quantity length);

    Quantity length();
}
