package org.photonledger.ui.reagent;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.photonledger.domain.reagent.CasNumber;
import org.photonledger.domain.reagent.ReagentLotId;
import org.photonledger.domain.reagent.RegisterReagentLot;
import org.photonledger.domain.units.Dimension;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.domain.validation.FieldError;
import org.photonledger.domain.validation.InvalidInputException;
import org.photonledger.processing.reagent.ReagentLotRow;

/**
 * The bench form that registers a reagent lot. Checks as the user types (CAS check digit, ranges) and shows the
 * domain's own verdict at each field when saving; nothing is stored unless every field is right.
 */
class ReagentLotForm extends Dialog {

    private final ReagentLotFacade facade;
    private final Consumer<ReagentLotRow> onSaved;

    final TextField chemicalName = new TextField("Chemical name");
    final TextField casNumber = new TextField("CAS number");
    final TextField supplier = new TextField("Supplier");
    final TextField catalogueNumber = new TextField("Catalogue number");
    final TextField lotNumber = new TextField("Lot number");
    final NumberField purity = new NumberField("Purity");
    final TextField grade = new TextField("Grade");
    final NumberField amount = new NumberField("Amount received");
    final Select<Unit> unit = new Select<>();
    final DatePicker receivedOn = new DatePicker("Received on");
    final TextField storageLocation = new TextField("Storage location");
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Div summary = new Div();

    ReagentLotForm(ReagentLotFacade facade, Consumer<ReagentLotRow> onSaved) {
        this.facade = facade;
        this.onSaved = onSaved;
        setHeaderTitle("Register a reagent lot");
        setWidth("44rem");

        chemicalName.setRequiredIndicatorVisible(true);
        chemicalName.setId("lot-chemical-name");
        casNumber.setRequiredIndicatorVisible(true);
        casNumber.setPlaceholder("e.g. 534-17-8");
        casNumber.setHelperText("Check digit is verified");
        casNumber.setId("lot-cas");
        casNumber.setValueChangeMode(ValueChangeMode.LAZY);
        casNumber.addValueChangeListener(e -> checkCas());
        supplier.setRequiredIndicatorVisible(true);
        supplier.setValue("Sigma-Aldrich");
        supplier.setId("lot-supplier");
        catalogueNumber.setId("lot-catalogue");
        lotNumber.setRequiredIndicatorVisible(true);
        lotNumber.setId("lot-number");
        purity.setSuffixComponent(new Span("%"));
        purity.setMin(0);
        purity.setMax(100);
        purity.setHelperText("In (0, 100]; leave empty if not stated");
        purity.setId("lot-purity");
        grade.setId("lot-grade");
        amount.setRequiredIndicatorVisible(true);
        amount.setMin(0);
        amount.setId("lot-amount");
        unit.setLabel("Unit");
        List<Unit> units = new java.util.ArrayList<>(Unit.of(Dimension.MASS));
        units.addAll(Unit.of(Dimension.VOLUME));
        units.remove(Unit.CUBIC_MICROMETRE); // a mode volume, not an amount of reagent
        unit.setItems(units);
        unit.setItemLabelGenerator(Unit::symbol);
        unit.setValue(Unit.GRAM);
        unit.setId("lot-unit");
        receivedOn.setRequiredIndicatorVisible(true);
        receivedOn.setValue(LocalDate.now());
        receivedOn.setMax(LocalDate.now().plusDays(1));
        // ISO dates: unambiguous across the lab's nationalities and identical to the REST API.
        receivedOn.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        receivedOn.setId("lot-received");
        storageLocation.setId("lot-location");

        fields.put("chemicalName", chemicalName);
        fields.put("casNumber", casNumber);
        fields.put("supplier", supplier);
        fields.put("catalogueNumber", catalogueNumber);
        fields.put("lotNumber", lotNumber);
        fields.put("purity", purity);
        fields.put("grade", grade);
        fields.put("amount", amount);
        fields.put("receivedOn", receivedOn);
        fields.put("storageLocation", storageLocation);

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.add(chemicalName, casNumber, supplier, catalogueNumber, lotNumber, purity, grade, storageLocation);
        FormLayout amountRow = new FormLayout(amount, unit);
        amountRow.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2));
        form.add(amountRow, receivedOn);
        summary.getStyle().set("color", "var(--lumo-error-text-color)");
        summary.setId("lot-form-errors");
        add(form, summary);

        Button save = new Button("Register", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setId("lot-save");
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, save);
    }

    private void checkCas() {
        String value = casNumber.getValue();
        if (value == null || value.isBlank()) {
            casNumber.setInvalid(false);
            return;
        }
        var problem = CasNumber.problemWith(value);
        casNumber.setErrorMessage(problem.map(p -> "CAS number " + p).orElse(null));
        casNumber.setInvalid(problem.isPresent());
    }

    void save() {
        fields.values().forEach(f -> f.setInvalid(false));
        summary.setText("");
        Quantity quantity = amount.getValue() == null || unit.getValue() == null ? null
                : Quantity.of(amount.getValue(), unit.getValue());
        RegisterReagentLot command = new RegisterReagentLot(ReagentLotId.newId(), chemicalName.getValue(),
                casNumber.getValue(), supplier.getValue(), catalogueNumber.getValue(), lotNumber.getValue(),
                purity.getValue() == null ? null : Quantity.of(purity.getValue(), Unit.PERCENT), grade.getValue(), quantity,
                receivedOn.getValue(), storageLocation.getValue());
        try {
            var row = facade.register(command);
            close();
            Notification n = Notification.show("Registered " + command.chemicalName().strip() + ", lot "
                    + command.lotNumber().strip(), 4000, Notification.Position.BOTTOM_START);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            row.ifPresent(onSaved);
        } catch (InvalidInputException e) {
            show(e.errors());
        }
    }

    private void show(List<FieldError> errors) {
        for (FieldError error : errors) {
            HasValidation field = fields.get(error.field());
            if (field != null) {
                field.setErrorMessage(capitalise(error.message()));
                field.setInvalid(true);
            }
        }
        summary.setText("Nothing was stored. Please correct: " + String.join(", ",
                errors.stream().map(e -> label(e.field())).distinct().toList()));
    }

    private String label(String field) {
        HasValidation component = fields.get(field);
        return component instanceof com.vaadin.flow.component.HasLabel l && l.getLabel() != null ? l.getLabel() : field;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
