package org.photonledger.domain.mirror;

import org.photonledger.domain.units.Dimension;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.domain.validation.FieldErrors;

/**
 * The substrate: its material (the paper: Spectrosil 2000 fused silica) and, for a featured mirror, the diced
 * flat-topped plinth (height, and the top's width and length) that the features are milled into.
 */
public record SubstratePreparation(
        String material,
        Quantity plinthHeight,
        Quantity plinthTopWidth,
        Quantity plinthTopLength) implements MirrorStep {

    @Override
    public MirrorStepKind kind() {
        return MirrorStepKind.SUBSTRATE;
    }

    @Override
    public FieldErrors check() {
        FieldErrors errors = new FieldErrors().required("material", material).maxLength("material", material, 200);
        optionalLength(errors, "plinthHeight", plinthHeight, 10);
        optionalLength(errors, "plinthTopWidth", plinthTopWidth, 25);
        optionalLength(errors, "plinthTopLength", plinthTopLength, 25);
        return errors;
    }

    /** Whether all three plinth dimensions are given. */
    public boolean hasPlinth() {
        return plinthHeight != null && plinthTopWidth != null && plinthTopLength != null;
    }

    private static void optionalLength(FieldErrors errors, String field, Quantity q, double maxMillimetres) {
        if (q != null) {
            errors.quantity(field, q, 0, false, maxMillimetres, Unit.MILLIMETRE, Dimension.LENGTH);
        }
    }
}
