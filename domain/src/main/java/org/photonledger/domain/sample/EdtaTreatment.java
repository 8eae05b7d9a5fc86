package org.photonledger.domain.sample;

import java.util.LinkedHashMap;
import java.util.Map;
import org.photonledger.domain.reagent.ReagentUse;
import org.photonledger.domain.units.Dimension;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.domain.validation.FieldErrors;

/**
 * Dots stirred with solid EDTA (the paper: 1 mL of dots, 5 mg EDTA, overnight) for photo-stability, then filtered
 * through a mesh of the given pore size.
 */
public record EdtaTreatment(
        Quantity dotVolume,
        ReagentUse edta,
        Quantity duration,
        Quantity filterPoreSize) implements SamplePreparation {

    @Override
    public SampleKind kind() {
        return SampleKind.EDTA_TREATMENT;
    }

    @Override
    public FieldErrors check() {
        FieldErrors errors = new FieldErrors();
        errors.quantity("dotVolume", dotVolume, 0, false, 100, Unit.MILLILITRE, Dimension.VOLUME);
        ReagentUse.check(errors, "edta", edta, Dimension.MASS, 10, Unit.GRAM);
        errors.quantity("duration", duration, 0, false, 72, Unit.HOUR, Dimension.TIME);
        errors.quantity("filterPoreSize", filterPoreSize, 10, true, 10_000, Unit.NANOMETRE, Dimension.LENGTH);
        return errors;
    }

    @Override
    public Map<String, ReagentUse> reagentUses() {
        Map<String, ReagentUse> uses = new LinkedHashMap<>();
        uses.put("edta", edta);
        return uses;
    }
}
