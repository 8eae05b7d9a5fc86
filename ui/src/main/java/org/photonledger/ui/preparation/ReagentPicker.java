package org.photonledger.ui.preparation;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import org.photonledger.domain.reagent.ReagentLotId;
import org.photonledger.processing.reagent.ReagentLotRow;

/**
 * Picks a reagent lot from stock, each shown with its chemical, lot number and what is left. Lists the lots of the
 * step's chemical (by CAS number) until the user types something else, which then searches the whole stock. The
 * lot is chosen for the user only when the stock holds exactly one non-empty lot of that chemical.
 */
class ReagentPicker extends ComboBox<ReagentLotRow> {

    private final PreparationFacade facade;

    ReagentPicker(PreparationFacade facade, String label, String id, String casNumber) {
        super(label);
        this.facade = facade;
        setId(id);
        setWidthFull();
        setPlaceholder("Type to search the stock");
        setHelperText("Lots of CAS " + casNumber + "; type a name or lot number to search all");
        setItemLabelGenerator(ReagentPicker::describe);
        setItems(query -> {
            String typed = query.getFilter().orElse("");
            return facade.lots(typed.isBlank() ? casNumber : typed, query.getOffset(), query.getLimit()).rows().stream();
        }).setIdentifierProvider(ReagentLotRow::lotId);
        List<ReagentLotRow> withStock = facade.lots(casNumber, 0, 50).rows().stream()
                .filter(r -> r.remaining().isPositive())
                .toList();
        if (withStock.size() == 1) {
            setValue(withStock.getFirst());
        }
    }

    static String describe(ReagentLotRow r) {
        // lot and what is left first: the field's label already names the chemical, and long names get cut off
        return "lot " + r.lotNumber() + " · " + r.remaining() + " left · " + r.chemicalName();
    }

    ReagentLotId lotId() {
        return getValue() == null ? null : new ReagentLotId(getValue().lotId());
    }

    /** Shows the given lot (as recorded in a step), whatever is left of it now. */
    void select(ReagentLotId lotId) {
        if (lotId == null) {
            clear();
            return;
        }
        facade.lot(lotId).ifPresentOrElse(this::setValue, this::clear);
    }
}
