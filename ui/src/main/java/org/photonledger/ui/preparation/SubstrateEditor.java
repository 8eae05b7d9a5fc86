package org.photonledger.ui.preparation;

import static org.photonledger.domain.protocol.Farrow2024Protocol.PLINTH_HEIGHT;
import static org.photonledger.domain.protocol.Farrow2024Protocol.PLINTH_TOP_LENGTH;
import static org.photonledger.domain.protocol.Farrow2024Protocol.PLINTH_TOP_WIDTH;
import static org.photonledger.domain.protocol.Farrow2024Protocol.SUBSTRATE_MATERIAL;

import com.vaadin.flow.component.textfield.TextField;
import org.photonledger.domain.mirror.SubstratePreparation;
import org.photonledger.domain.units.Unit;

/** A mirror's substrate: its material and, for a featured mirror, the plinth the features are milled into. */
class SubstrateEditor extends ValuesEditor<SubstratePreparation> {

    private final TextField material;
    private final QuantityField plinthHeight;
    private final QuantityField plinthTopWidth;
    private final QuantityField plinthTopLength;

    SubstrateEditor(String prefix, boolean featured) {
        super(prefix);
        material = text("material", "Substrate material", "material", SUBSTRATE_MATERIAL, true);
        setColspan(material, 2);
        plinthHeight = quantity("plinthHeight", "Plinth height", "plinth-height", null, true, Unit.MICROMETRE, Unit.MILLIMETRE);
        plinthTopWidth = quantity("plinthTopWidth", "Plinth top width", "plinth-top-width", null, true, Unit.MICROMETRE,
                Unit.MILLIMETRE);
        plinthTopLength = quantity("plinthTopLength", "Plinth top length", "plinth-top-length", null, true, Unit.MICROMETRE,
                Unit.MILLIMETRE);
        showPlinth(featured);
    }

    /** A featured mirror is a diced plinth (prefilled from the paper when empty); a planar one has none. */
    void showPlinth(boolean featured) {
        for (QuantityField f : new QuantityField[] {plinthHeight, plinthTopWidth, plinthTopLength}) {
            f.setVisible(featured);
        }
        if (!featured) {
            plinthHeight.setQuantity(null);
            plinthTopWidth.setQuantity(null);
            plinthTopLength.setQuantity(null);
        } else if (plinthHeight.quantity() == null && plinthTopWidth.quantity() == null && plinthTopLength.quantity() == null) {
            plinthHeight.setQuantity(PLINTH_HEIGHT);
            plinthTopWidth.setQuantity(PLINTH_TOP_WIDTH);
            plinthTopLength.setQuantity(PLINTH_TOP_LENGTH);
        }
    }

    @Override
    SubstratePreparation read() {
        return new SubstratePreparation(text(material), plinthHeight.quantity(), plinthTopWidth.quantity(),
                plinthTopLength.quantity());
    }

    @Override
    void fill(SubstratePreparation v) {
        material.setValue(v.material() == null ? "" : v.material());
        plinthHeight.setQuantity(v.plinthHeight());
        plinthTopWidth.setQuantity(v.plinthTopWidth());
        plinthTopLength.setQuantity(v.plinthTopLength());
    }

    @Override
    Class<SubstratePreparation> type() {
        return SubstratePreparation.class;
    }
}
