package org.photonledger.ui.preparation;

import static org.photonledger.domain.protocol.Farrow2024Protocol.EDTA_DOT_VOLUME;
import static org.photonledger.domain.protocol.Farrow2024Protocol.EDTA_DURATION;
import static org.photonledger.domain.protocol.Farrow2024Protocol.EDTA_FILTER_PORE_SIZE;
import static org.photonledger.domain.protocol.Farrow2024Protocol.EDTA_MASS;

import org.photonledger.domain.sample.EdtaTreatment;
import org.photonledger.domain.units.Unit;

/** EDTA treatment for photo-stability, prefilled from the paper ("overnight" entered as 14 h). */
class EdtaTreatmentEditor extends ValuesEditor<EdtaTreatment> {

    private final QuantityField dotVolume;
    private final ReagentInput edta;
    private final QuantityField duration;
    private final QuantityField filterPoreSize;

    EdtaTreatmentEditor(PreparationFacade facade, String prefix) {
        super(prefix);
        dotVolume = quantity("dotVolume", "Volume of dots", "dot-volume", EDTA_DOT_VOLUME, true, Unit.MILLILITRE, Unit.MICROLITRE);
        edta = reagent(facade, "edta", "EDTA", "edta", Cas.EDTA, EDTA_MASS, Unit.MILLIGRAM, Unit.GRAM);
        duration = quantity("duration", "Stirred for", "duration", EDTA_DURATION, true, Unit.HOUR, Unit.MINUTE);
        duration.setHelperText("The paper: overnight");
        filterPoreSize = quantity("filterPoreSize", "Filter pore size", "filter-pore-size", EDTA_FILTER_PORE_SIZE, true,
                Unit.NANOMETRE, Unit.MICROMETRE);
        // the paper's volume first, so that the reagent pair lines up in the two-column layout
        setColspan(dotVolume, 2);
    }

    @Override
    EdtaTreatment read() {
        return new EdtaTreatment(dotVolume.quantity(), edta.read(), duration.quantity(), filterPoreSize.quantity());
    }

    @Override
    void fill(EdtaTreatment v) {
        dotVolume.setQuantity(v.dotVolume());
        edta.fill(v.edta());
        duration.setQuantity(v.duration());
        filterPoreSize.setQuantity(v.filterPoreSize());
    }

    @Override
    Class<EdtaTreatment> type() {
        return EdtaTreatment.class;
    }
}
