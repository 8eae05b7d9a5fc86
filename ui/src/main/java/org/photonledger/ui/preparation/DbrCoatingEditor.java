package org.photonledger.ui.preparation;

import static org.photonledger.domain.protocol.Farrow2024Protocol.DBR_DESIGN_WAVELENGTH;
import static org.photonledger.domain.protocol.Farrow2024Protocol.DBR_HIGH_INDEX;
import static org.photonledger.domain.protocol.Farrow2024Protocol.DBR_LOW_INDEX;
import static org.photonledger.domain.protocol.Farrow2024Protocol.DBR_METHOD;

import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.photonledger.domain.mirror.DbrCoating;
import org.photonledger.domain.units.Unit;

/** The DBR coating, prefilled from the paper; the number of layer pairs is not in it and must be entered. */
class DbrCoatingEditor extends ValuesEditor<DbrCoating> {

    private final TextField highIndex;
    private final TextField lowIndex;
    private final IntegerField pairs = new IntegerField("Layer pairs");
    private final QuantityField designWavelength;
    private final TextField method;

    DbrCoatingEditor(String prefix) {
        super(prefix);
        highIndex = text("highIndexMaterial", "High-index material", "high-index", DBR_HIGH_INDEX, true);
        lowIndex = text("lowIndexMaterial", "Low-index material", "low-index", DBR_LOW_INDEX, true);
        pairs.setId(prefix + "-pairs");
        pairs.setMin(1);
        pairs.setRequiredIndicatorVisible(true);
        pairs.setHelperText("Not stated in the paper: enter the coating run's");
        add(register("pairs", pairs));
        designWavelength = quantity("designWavelength", "Design wavelength", "design-wavelength", DBR_DESIGN_WAVELENGTH, true,
                Unit.NANOMETRE);
        method = text("method", "Coating method", "method", DBR_METHOD, false);
    }

    @Override
    DbrCoating read() {
        return new DbrCoating(text(highIndex), text(lowIndex), pairs.getValue(), designWavelength.quantity(), text(method));
    }

    @Override
    void fill(DbrCoating v) {
        highIndex.setValue(v.highIndexMaterial() == null ? "" : v.highIndexMaterial());
        lowIndex.setValue(v.lowIndexMaterial() == null ? "" : v.lowIndexMaterial());
        pairs.setValue(v.pairs());
        designWavelength.setQuantity(v.designWavelength());
        method.setValue(v.method() == null ? "" : v.method());
    }

    @Override
    Class<DbrCoating> type() {
        return DbrCoating.class;
    }
}
