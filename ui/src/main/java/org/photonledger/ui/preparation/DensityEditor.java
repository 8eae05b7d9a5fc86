package org.photonledger.ui.preparation;

import com.vaadin.flow.component.textfield.TextField;
import org.photonledger.domain.film.DensityMeasurement;
import org.photonledger.domain.units.Unit;

/** A measured dot density of a film and how it was measured. */
class DensityEditor extends ValuesEditor<DensityMeasurement> {

    private final QuantityField density;
    private final TextField method;

    DensityEditor(String prefix) {
        super(prefix);
        density = quantity("density", "Measured dot density", "value", null, true, Unit.PER_TEN_SQUARE_MICROMETRES,
                Unit.PER_SQUARE_MICROMETRE);
        method = text("method", "How it was measured", "method", null, false);
        method.setPlaceholder("e.g. confocal scan, 50 µm × 50 µm");
    }

    @Override
    DensityMeasurement read() {
        return new DensityMeasurement(density.quantity(), text(method));
    }

    @Override
    void fill(DensityMeasurement v) {
        density.setQuantity(v.density());
        method.setValue(v.method() == null ? "" : v.method());
    }

    @Override
    Class<DensityMeasurement> type() {
        return DensityMeasurement.class;
    }
}
