package org.photonledger.ui.preparation;

import static org.photonledger.domain.protocol.Farrow2024Protocol.INJECTED_CS_OLEATE;
import static org.photonledger.domain.protocol.Farrow2024Protocol.INJECTION_TEMPERATURE;
import static org.photonledger.domain.protocol.Farrow2024Protocol.QUENCH;

import com.vaadin.flow.component.textfield.TextField;
import org.photonledger.domain.synthesis.HotInjection;
import org.photonledger.domain.units.Unit;

/** The hot injection and quench, prefilled from the paper. */
class HotInjectionEditor extends ValuesEditor<HotInjection> {

    private final QuantityField temperature;
    private final QuantityField volume;
    private final TextField quench;
    private final QuantityField quenchDelay;

    HotInjectionEditor(String prefix) {
        super(prefix);
        temperature = quantity("injectionTemperature", "Injection temperature", "temperature", INJECTION_TEMPERATURE, true,
                Unit.CELSIUS);
        volume = quantity("csOleateVolume", "Cs-oleate injected", "cs-oleate-volume", INJECTED_CS_OLEATE, true,
                Unit.MILLILITRE, Unit.MICROLITRE);
        quench = text("quench", "Quench", "quench", QUENCH, true);
        quenchDelay = quantity("quenchDelay", "Injection to quench (optional)", "quench-delay", null, false, Unit.SECOND,
                Unit.MINUTE);
    }

    @Override
    HotInjection read() {
        return new HotInjection(temperature.quantity(), volume.quantity(), text(quench), quenchDelay.quantity());
    }

    @Override
    void fill(HotInjection v) {
        temperature.setQuantity(v.injectionTemperature());
        volume.setQuantity(v.csOleateVolume());
        quench.setValue(v.quench() == null ? "" : v.quench());
        quenchDelay.setQuantity(v.quenchDelay());
    }

    @Override
    Class<HotInjection> type() {
        return HotInjection.class;
    }
}
