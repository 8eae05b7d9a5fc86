package org.photonledger.ui.preparation;

import static org.photonledger.domain.protocol.Farrow2024Protocol.CS2CO3_MASS;
import static org.photonledger.domain.protocol.Farrow2024Protocol.CS_OLEATE_COOLED_TO_TEMPERATURE;
import static org.photonledger.domain.protocol.Farrow2024Protocol.CS_OLEATE_DEGAS_TIME;
import static org.photonledger.domain.protocol.Farrow2024Protocol.CS_OLEATE_HEATING_TEMPERATURE;
import static org.photonledger.domain.protocol.Farrow2024Protocol.CS_OLEATE_NITROGEN_SWITCH_TEMPERATURE;
import static org.photonledger.domain.protocol.Farrow2024Protocol.CS_OLEATE_OCTADECENE;
import static org.photonledger.domain.protocol.Farrow2024Protocol.CS_OLEATE_OLEIC_ACID;

import org.photonledger.domain.synthesis.CsOleatePreparation;
import org.photonledger.domain.units.Unit;

/** Flask 1, the Cs-oleate precursor, prefilled from the paper. */
class CsOleateEditor extends ValuesEditor<CsOleatePreparation> {

    private final ReagentInput cs2co3;
    private final ReagentInput oleicAcid;
    private final ReagentInput octadecene;
    private final QuantityField degasTime;
    private final QuantityField heating;
    private final QuantityField nitrogenSwitch;
    private final QuantityField cooledTo;

    CsOleateEditor(PreparationFacade facade, String prefix) {
        super(prefix);
        cs2co3 = reagent(facade, "caesiumCarbonate", "Cs2CO3", "cs2co3", Cas.CS2CO3, CS2CO3_MASS, Unit.GRAM, Unit.MILLIGRAM);
        oleicAcid = reagent(facade, "oleicAcid", "Oleic acid", "oa", Cas.OLEIC_ACID, CS_OLEATE_OLEIC_ACID, Unit.MILLILITRE,
                Unit.MICROLITRE);
        octadecene = reagent(facade, "octadecene", "1-Octadecene", "ode", Cas.OCTADECENE, CS_OLEATE_OCTADECENE,
                Unit.MILLILITRE, Unit.LITRE);
        degasTime = quantity("degasTime", "Degassing under vacuum", "degas-time", CS_OLEATE_DEGAS_TIME, true, Unit.HOUR,
                Unit.MINUTE);
        heating = quantity("heatingTemperature", "Heated to", "heating-temperature", CS_OLEATE_HEATING_TEMPERATURE, true,
                Unit.CELSIUS);
        nitrogenSwitch = quantity("nitrogenSwitchTemperature", "Vacuum → N₂ at", "nitrogen-switch-temperature",
                CS_OLEATE_NITROGEN_SWITCH_TEMPERATURE, true, Unit.CELSIUS);
        cooledTo = quantity("cooledToTemperature", "Kept for injection at", "cooled-to-temperature",
                CS_OLEATE_COOLED_TO_TEMPERATURE, true, Unit.CELSIUS);
    }

    @Override
    CsOleatePreparation read() {
        return new CsOleatePreparation(cs2co3.read(), oleicAcid.read(), octadecene.read(), degasTime.quantity(),
                heating.quantity(), nitrogenSwitch.quantity(), cooledTo.quantity());
    }

    @Override
    void fill(CsOleatePreparation v) {
        cs2co3.fill(v.caesiumCarbonate());
        oleicAcid.fill(v.oleicAcid());
        octadecene.fill(v.octadecene());
        degasTime.setQuantity(v.degasTime());
        heating.setQuantity(v.heatingTemperature());
        nitrogenSwitch.setQuantity(v.nitrogenSwitchTemperature());
        cooledTo.setQuantity(v.cooledToTemperature());
    }

    @Override
    Class<CsOleatePreparation> type() {
        return CsOleatePreparation.class;
    }
}
