package org.photonledger.domain.sample;

import java.util.LinkedHashMap;
import java.util.Map;
import org.photonledger.domain.reagent.ReagentLotId;
import org.photonledger.domain.reagent.ReagentUse;
import org.photonledger.domain.units.Dimension;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.domain.validation.FieldErrors;

/**
 * Size-selective centrifugation: a volume of the parent diluted (the paper: at least 10-fold, in octane), spun at
 * low speed (2000–3000 rpm, 30 min) and one fraction kept (the supernatant). The diluent taken from stock is
 * {@code sampleVolume × (dilutionFactor − 1)}.
 */
public record SizeSelection(
        Quantity sampleVolume,
        Double dilutionFactor,
        ReagentLotId diluentLot,
        Quantity speed,
        Quantity duration,
        KeptFraction keptFraction) implements SamplePreparation {

    static final double MAX_DILUTION = 10_000;

    @Override
    public SampleKind kind() {
        return SampleKind.SIZE_SELECTION;
    }

    @Override
    public FieldErrors check() {
        FieldErrors errors = new FieldErrors();
        errors.quantity("sampleVolume", sampleVolume, 0, false, 100, Unit.MILLILITRE, Dimension.VOLUME)
                .required("dilutionFactor", dilutionFactor)
                .range("dilutionFactor", dilutionFactor, 1, true, MAX_DILUTION, true);
        if (dilutionFactor != null && dilutionFactor > 1) {
            errors.required("diluentLot", diluentLot);
        }
        errors.quantity("speed", speed, 0, false, 30_000, Unit.RPM, Dimension.ROTATION_RATE)
                .quantity("duration", duration, 0, false, 24, Unit.HOUR, Dimension.TIME)
                .required("keptFraction", keptFraction);
        return errors;
    }

    /** The diluent added: {@code sampleVolume × (dilutionFactor − 1)}, in the sample volume's unit. */
    public Quantity diluentVolume() {
        return Quantity.of(sampleVolume.value() * (dilutionFactor - 1), sampleVolume.unit());
    }

    @Override
    public Map<String, ReagentUse> reagentUses() {
        Map<String, ReagentUse> uses = new LinkedHashMap<>();
        if (dilutionFactor > 1) {
            uses.put("diluentLot", ReagentUse.of(diluentLot, diluentVolume()));
        }
        return uses;
    }
}
