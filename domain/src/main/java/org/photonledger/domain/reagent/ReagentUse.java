package org.photonledger.domain.reagent;

import org.photonledger.domain.units.Dimension;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.domain.validation.FieldErrors;

/** An amount taken from one reagent lot by a recorded step; recording the step takes it out of stock. */
public record ReagentUse(ReagentLotId lotId, Quantity amount) {

    public static ReagentUse of(ReagentLotId lotId, Quantity amount) {
        return new ReagentUse(lotId, amount);
    }

    /**
     * Adds errors unless the use names a lot and an amount of the given dimension in (0, max] {@code maxUnit}.
     * Field names are {@code field.lotId} and {@code field.amount}.
     */
    public static FieldErrors check(FieldErrors errors, String field, ReagentUse use, Dimension dimension, double max,
            Unit maxUnit) {
        if (use == null) {
            return errors.add(field, null, "is required (a reagent lot and an amount in " + Unit.symbolsOf(dimension) + ")");
        }
        errors.required(field + ".lotId", use.lotId());
        return errors.quantity(field + ".amount", use.amount(), 0, false, max, maxUnit, dimension);
    }
}
