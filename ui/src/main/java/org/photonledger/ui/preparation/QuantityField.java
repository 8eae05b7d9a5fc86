package org.photonledger.ui.preparation;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/**
 * A number with its unit: a number input and, when the field accepts several units, a unit picker beside it
 * (otherwise the unit is shown as the input's suffix). The unit is never implied.
 */
class QuantityField extends CustomField<Quantity> {

    private final NumberField number = new NumberField();
    private final Select<Unit> unit = new Select<>();
    private final List<Unit> units;
    private final HorizontalLayout row = new HorizontalLayout(number);

    /** @param units the units offered, the first one the default; an id gives the number input {@code id-value} too */
    QuantityField(String label, String id, Unit... units) {
        this.units = new ArrayList<>(List.of(units));
        setLabel(label);
        setId(id);
        number.setId(id + "-value");
        number.setWidthFull();
        number.getElement().setAttribute("aria-label", label);
        unit.setItems(this.units);
        unit.setItemLabelGenerator(Unit::symbol);
        unit.setValue(units[0]);
        unit.setId(id + "-unit");
        // wide enough for the longest symbol offered ("per 10 µm²")
        unit.setWidth(Arrays.stream(units).anyMatch(u -> u.symbol().length() > 4) ? "9.5em" : "7.5em");
        unit.getElement().setAttribute("aria-label", label + " unit");
        row.setSpacing(false);
        row.getStyle().set("gap", "var(--lumo-space-xs)");
        row.setWidthFull();
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (units.length == 1) {
            number.setSuffixComponent(new Span(units[0].symbol()));
        } else {
            row.add(unit);
        }
        row.expand(number);
        add(row);
    }

    /** The quantity as entered, or null when no number is entered. */
    Quantity quantity() {
        Double value = number.getValue();
        return value == null || unit.getValue() == null || !Double.isFinite(value) ? null : Quantity.of(value, unit.getValue());
    }

    /** Shows the quantity exactly as recorded, in its own unit (offered from then on if it was not already). */
    void setQuantity(Quantity q) {
        if (q == null) {
            number.clear();
            return;
        }
        if (!units.contains(q.unit())) {
            units.add(q.unit());
            unit.setItems(units);
            // a suffix would show the wrong unit now; offer the picker instead
            number.setSuffixComponent(null);
            row.add(unit);
        }
        unit.setValue(q.unit());
        number.setValue(q.value());
    }

    @Override
    protected Quantity generateModelValue() {
        return quantity();
    }

    @Override
    protected void setPresentationValue(Quantity q) {
        setQuantity(q);
    }

    @Override
    public void focus() {
        number.focus();
    }
}
