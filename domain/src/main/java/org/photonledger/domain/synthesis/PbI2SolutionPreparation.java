package org.photonledger.domain.synthesis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.photonledger.domain.reagent.ReagentUse;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.validation.FieldErrors;

/**
 * Flask 2: PbI2 in 1-octadecene degassed and heated under vacuum; hot oleic acid and oleylamine (heated on a
 * hotplate) injected and kept under vacuum until the PbI2 has dissolved.
 */
public record PbI2SolutionPreparation(
        ReagentUse leadIodide,
        ReagentUse octadecene,
        Quantity vacuumTemperature,
        Quantity vacuumTime,
        ReagentUse oleicAcid,
        ReagentUse oleylamine,
        Quantity ligandTemperature) implements SynthesisStep {

    @Override
    public SynthesisStepKind kind() {
        return SynthesisStepKind.PBI2_SOLUTION;
    }

    @Override
    public FieldErrors check() {
        FieldErrors errors = new FieldErrors();
        SynthesisRanges.mass(errors, "leadIodide", leadIodide);
        SynthesisRanges.volume(errors, "octadecene", octadecene);
        SynthesisRanges.temperature(errors, "vacuumTemperature", vacuumTemperature);
        SynthesisRanges.hours(errors, "vacuumTime", vacuumTime, 24);
        SynthesisRanges.volume(errors, "oleicAcid", oleicAcid);
        SynthesisRanges.volume(errors, "oleylamine", oleylamine);
        SynthesisRanges.temperature(errors, "ligandTemperature", ligandTemperature);
        return errors;
    }

    @Override
    public Map<String, ReagentUse> reagentUses() {
        Map<String, ReagentUse> uses = new LinkedHashMap<>();
        uses.put("leadIodide", leadIodide);
        uses.put("octadecene", octadecene);
        uses.put("oleicAcid", oleicAcid);
        uses.put("oleylamine", oleylamine);
        return uses;
    }
}
