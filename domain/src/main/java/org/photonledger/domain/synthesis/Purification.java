package org.photonledger.domain.synthesis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.photonledger.domain.reagent.ReagentUse;
import org.photonledger.domain.units.Dimension;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.domain.validation.FieldErrors;

/**
 * Crude solution precipitated with methyl acetate and centrifuged; pellet redispersed in hexane, precipitated
 * again with methyl acetate and centrifuged; final pellet dispersed in octane.
 */
public record Purification(
        ReagentUse antisolvent,
        Quantity firstCentrifugeSpeed,
        Quantity firstCentrifugeTime,
        ReagentUse redispersionSolvent,
        ReagentUse secondAntisolvent,
        Quantity secondCentrifugeSpeed,
        Quantity secondCentrifugeTime,
        ReagentUse finalSolvent) implements SynthesisStep {

    @Override
    public SynthesisStepKind kind() {
        return SynthesisStepKind.PURIFICATION;
    }

    @Override
    public FieldErrors check() {
        FieldErrors errors = new FieldErrors();
        SynthesisRanges.volume(errors, "antisolvent", antisolvent);
        SynthesisRanges.centrifuge(errors, "firstCentrifugeSpeed", firstCentrifugeSpeed);
        errors.quantity("firstCentrifugeTime", firstCentrifugeTime, 0, false, 120, Unit.MINUTE, Dimension.TIME);
        SynthesisRanges.volume(errors, "redispersionSolvent", redispersionSolvent);
        SynthesisRanges.volume(errors, "secondAntisolvent", secondAntisolvent);
        SynthesisRanges.centrifuge(errors, "secondCentrifugeSpeed", secondCentrifugeSpeed);
        errors.quantity("secondCentrifugeTime", secondCentrifugeTime, 0, false, 120, Unit.MINUTE, Dimension.TIME);
        SynthesisRanges.volume(errors, "finalSolvent", finalSolvent);
        return errors;
    }

    @Override
    public Map<String, ReagentUse> reagentUses() {
        Map<String, ReagentUse> uses = new LinkedHashMap<>();
        uses.put("antisolvent", antisolvent);
        uses.put("redispersionSolvent", redispersionSolvent);
        uses.put("secondAntisolvent", secondAntisolvent);
        uses.put("finalSolvent", finalSolvent);
        return uses;
    }
}
