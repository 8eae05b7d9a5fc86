package org.photonledger.domain.synthesis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.photonledger.domain.reagent.ReagentUse;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.validation.FieldErrors;

/**
 * Flask 1: Cs2CO3, oleic acid and 1-octadecene degassed under vacuum, heated until the Cs2CO3 has dissolved
 * (switching from vacuum to nitrogen on the way up), then cooled to the temperature it is kept at for injection.
 */
public record CsOleatePreparation(
        ReagentUse caesiumCarbonate,
        ReagentUse oleicAcid,
        ReagentUse octadecene,
        Quantity degasTime,
        Quantity heatingTemperature,
        Quantity nitrogenSwitchTemperature,
        Quantity cooledToTemperature) implements SynthesisStep {

    @Override
    public SynthesisStepKind kind() {
        return SynthesisStepKind.CS_OLEATE;
    }

    @Override
    public FieldErrors check() {
        FieldErrors errors = new FieldErrors();
        SynthesisRanges.mass(errors, "caesiumCarbonate", caesiumCarbonate);
        SynthesisRanges.volume(errors, "oleicAcid", oleicAcid);
        SynthesisRanges.volume(errors, "octadecene", octadecene);
        SynthesisRanges.hours(errors, "degasTime", degasTime, 24);
        SynthesisRanges.temperature(errors, "heatingTemperature", heatingTemperature);
        SynthesisRanges.temperature(errors, "nitrogenSwitchTemperature", nitrogenSwitchTemperature);
        SynthesisRanges.temperature(errors, "cooledToTemperature", cooledToTemperature);
        SynthesisRanges.notAbove(errors, "nitrogenSwitchTemperature", nitrogenSwitchTemperature, "heatingTemperature",
                heatingTemperature);
        SynthesisRanges.notAbove(errors, "cooledToTemperature", cooledToTemperature, "heatingTemperature",
                heatingTemperature);
        return errors;
    }

    @Override
    public Map<String, ReagentUse> reagentUses() {
        Map<String, ReagentUse> uses = new LinkedHashMap<>();
        uses.put("caesiumCarbonate", caesiumCarbonate);
        uses.put("oleicAcid", oleicAcid);
        uses.put("octadecene", octadecene);
        return uses;
    }
}
