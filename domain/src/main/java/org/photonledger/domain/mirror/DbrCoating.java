package org.photonledger.domain.mirror;

import org.photonledger.domain.units.Dimension;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.domain.validation.FieldErrors;

/**
 * The distributed Bragg reflector: alternating high- and low-index layers (the paper: Ta2O5 and SiO2 by ion-beam
 * sputtering) in a number of pairs, designed for one centre wavelength (the paper: 690 nm).
 */
public record DbrCoating(
        String highIndexMaterial,
        String lowIndexMaterial,
        Integer pairs,
        Quantity designWavelength,
        String method) implements MirrorStep {

    static final int MAX_PAIRS = 100;

    @Override
    public MirrorStepKind kind() {
        return MirrorStepKind.DBR_COATING;
    }

    @Override
    public FieldErrors check() {
        return new FieldErrors()
                .required("highIndexMaterial", highIndexMaterial)
                .maxLength("highIndexMaterial", highIndexMaterial, 100)
                .required("lowIndexMaterial", lowIndexMaterial)
                .maxLength("lowIndexMaterial", lowIndexMaterial, 100)
                .required("pairs", pairs)
                .range("pairs", pairs == null ? null : pairs.doubleValue(), 1, true, MAX_PAIRS, true)
                .quantity("designWavelength", designWavelength, 200, true, 2000, Unit.NANOMETRE, Dimension.LENGTH)
                .maxLength("method", method, 200);
    }
}
