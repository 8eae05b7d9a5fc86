package org.photonledger.ui.preparation;

import static org.photonledger.domain.protocol.Farrow2024Protocol.SIZE_SELECTION_DILUTION;
import static org.photonledger.domain.protocol.Farrow2024Protocol.SIZE_SELECTION_DURATION;
import static org.photonledger.domain.protocol.Farrow2024Protocol.SIZE_SELECTION_KEPT;
import static org.photonledger.domain.protocol.Farrow2024Protocol.SIZE_SELECTION_SPEED;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.Locale;
import org.photonledger.domain.sample.KeptFraction;
import org.photonledger.domain.sample.SizeSelection;
import org.photonledger.domain.units.Unit;

/**
 * Size-selective centrifugation, prefilled from the paper; the volume taken is not in it and must be entered. The
 * diluent taken from stock follows from the volume and the dilution factor.
 */
class SizeSelectionEditor extends ValuesEditor<SizeSelection> {

    private final QuantityField sampleVolume;
    private final NumberField dilutionFactor = new NumberField("Dilution factor");
    private final ReagentPicker diluentLot;
    private final QuantityField speed;
    private final QuantityField duration;
    private final Select<KeptFraction> keptFraction = new Select<>();

    SizeSelectionEditor(PreparationFacade facade, String prefix) {
        super(prefix);
        sampleVolume = quantity("sampleVolume", "Volume of dots taken", "sample-volume", null, true, Unit.MILLILITRE,
                Unit.MICROLITRE);
        sampleVolume.setHelperText("Not stated in the paper: enter what you did");
        dilutionFactor.setId(prefix + "-dilution-factor");
        dilutionFactor.setValue(SIZE_SELECTION_DILUTION);
        dilutionFactor.setMin(1);
        dilutionFactor.setSuffixComponent(new Span("×"));
        dilutionFactor.setHelperText("The paper: at least 10-fold; diluent taken = volume × (factor − 1)");
        dilutionFactor.setRequiredIndicatorVisible(true);
        add(register("dilutionFactor", dilutionFactor));
        diluentLot = new ReagentPicker(facade, "Diluent lot (octane)", prefix + "-diluent-lot", Cas.OCTANE);
        add(register("diluentLot", diluentLot));
        speed = quantity("speed", "Centrifuge speed", "speed", SIZE_SELECTION_SPEED, true, Unit.RPM);
        speed.setHelperText("The paper: 2000–3000 rpm");
        duration = quantity("duration", "Centrifuge time", "duration", SIZE_SELECTION_DURATION, true, Unit.MINUTE, Unit.HOUR);
        keptFraction.setLabel("Fraction kept");
        keptFraction.setId(prefix + "-kept-fraction");
        keptFraction.setItems(KeptFraction.values());
        keptFraction.setItemLabelGenerator(k -> k.name().charAt(0) + k.name().substring(1).toLowerCase(Locale.ROOT));
        keptFraction.setValue(SIZE_SELECTION_KEPT);
        add(register("keptFraction", keptFraction));
    }

    @Override
    SizeSelection read() {
        return new SizeSelection(sampleVolume.quantity(), dilutionFactor.getValue(), diluentLot.lotId(), speed.quantity(),
                duration.quantity(), keptFraction.getValue());
    }

    @Override
    void fill(SizeSelection v) {
        sampleVolume.setQuantity(v.sampleVolume());
        dilutionFactor.setValue(v.dilutionFactor());
        diluentLot.select(v.diluentLot());
        speed.setQuantity(v.speed());
        duration.setQuantity(v.duration());
        keptFraction.setValue(v.keptFraction());
    }

    @Override
    Class<SizeSelection> type() {
        return SizeSelection.class;
    }
}
