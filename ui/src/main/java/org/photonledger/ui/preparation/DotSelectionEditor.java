package org.photonledger.ui.preparation;

import com.vaadin.flow.component.textfield.TextField;
import org.photonledger.domain.cavity.DotSelection;
import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.units.Unit;

/** The single dot a cavity is closed over: its label and its position on the film, from the film's reference mark. */
class DotSelectionEditor extends ValuesEditor<DotSelection> {

    private final TextField label;
    private final QuantityField x;
    private final QuantityField y;

    DotSelectionEditor(String prefix) {
        super(prefix);
        label = text("dot.label", "Dot label", "label", null, false);
        label.setPlaceholder("e.g. from the confocal scan");
        setColspan(label, 2);
        x = quantity("dot.position.x", "Dot position x", "x", null, true, Unit.MICROMETRE, Unit.MILLIMETRE);
        y = quantity("dot.position.y", "Dot position y", "y", null, true, Unit.MICROMETRE, Unit.MILLIMETRE);
        register("dot.position", x);
        register("dot", x);
    }

    @Override
    DotSelection read() {
        PlanePosition position = x.quantity() == null && y.quantity() == null ? null : new PlanePosition(x.quantity(), y.quantity());
        return new DotSelection(text(label), position);
    }

    @Override
    void fill(DotSelection v) {
        label.setValue(v.label() == null ? "" : v.label());
        x.setQuantity(v.position() == null ? null : v.position().x());
        y.setQuantity(v.position() == null ? null : v.position().y());
    }

    @Override
    Class<DotSelection> type() {
        return DotSelection.class;
    }
}
