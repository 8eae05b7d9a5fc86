package org.photonledger.ui.preparation;

import static org.photonledger.domain.protocol.Farrow2024Protocol.DBR_DESIGN_WAVELENGTH;

import com.vaadin.flow.component.checkbox.Checkbox;
import org.photonledger.domain.mirror.ReflectivityMeasurement;
import org.photonledger.domain.protocol.Farrow2024Protocol;
import org.photonledger.domain.units.Unit;

/**
 * A reflectivity measurement: value ± uncertainty at one wavelength, or only a lower bound. Prefilled with the
 * paper's figure for the mirror's kind (planar 97.5 ± 0.5 %, featured &gt; 99.9 %) once the mirror is known.
 */
class ReflectivityEditor extends ValuesEditor<ReflectivityMeasurement> {

    private final QuantityField wavelength;
    private final QuantityField reflectivity;
    private final QuantityField uncertainty;
    private final Checkbox lowerBound = new Checkbox("Only a lower bound was measured (\"> value\")");

    ReflectivityEditor(String prefix) {
        super(prefix);
        wavelength = quantity("wavelength", "Wavelength", "wavelength", DBR_DESIGN_WAVELENGTH, true, Unit.NANOMETRE);
        reflectivity = quantity("reflectivity", "Reflectivity", "value", null, true, Unit.PERCENT);
        uncertainty = quantity("uncertainty", "Uncertainty (±)", "uncertainty", null, false, Unit.PERCENT);
        lowerBound.setId(prefix + "-lower-bound");
        add(lowerBound);
        lowerBound.addValueChangeListener(e -> uncertainty.setEnabled(!e.getValue()));
    }

    /** Puts in the paper's value for this kind of mirror, unless the user has entered one already. */
    void paperValuesFor(boolean featured) {
        ReflectivityMeasurement planar = Farrow2024Protocol.planarReflectivity();
        ReflectivityMeasurement featuredValues = Farrow2024Protocol.featuredReflectivity();
        ReflectivityMeasurement current = read();
        boolean untouched = current.reflectivity() == null || current.equals(planar) || current.equals(featuredValues);
        if (untouched) {
            fill(featured ? featuredValues : planar);
        }
    }

    @Override
    ReflectivityMeasurement read() {
        return new ReflectivityMeasurement(wavelength.quantity(), reflectivity.quantity(),
                lowerBound.getValue() ? null : uncertainty.quantity(), lowerBound.getValue());
    }

    @Override
    void fill(ReflectivityMeasurement v) {
        wavelength.setQuantity(v.wavelength());
        reflectivity.setQuantity(v.reflectivity());
        uncertainty.setQuantity(v.uncertainty());
        lowerBound.setValue(v.lowerBound());
    }

    @Override
    Class<ReflectivityMeasurement> type() {
        return ReflectivityMeasurement.class;
    }
}
