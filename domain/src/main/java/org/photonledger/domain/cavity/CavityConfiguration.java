package org.photonledger.domain.cavity;

import org.photonledger.domain.units.Dimension;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.domain.validation.FieldErrors;

/**
 * One setting of the cavity: mirror separation, longitudinal mode index q, transverse mode and resonance wavelength
 * (the paper: q = 3, TEM00, 677 nm). Optional: a measured finesse (the paper: 100), used for Q instead of the one
 * computed from the mirror reflectivities, and a modelled mode volume (the paper: 0.5 µm³), used for the Purcell
 * factor instead of the Gaussian-beam estimate.
 */
public record CavityConfiguration(
        Quantity length,
        Integer longitudinalModeIndex,
        TransverseMode transverseMode,
        Quantity resonanceWavelength,
        Double measuredFinesse,
        Quantity modelledModeVolume) implements CavityStep {

    static final int MAX_MODE_INDEX = 10_000;

    @Override
    public CavityStepKind kind() {
        return CavityStepKind.CONFIGURATION;
    }

    @Override
    public FieldErrors check() {
        FieldErrors errors = new FieldErrors()
                .quantity("length", length, 0, false, 1000, Unit.MICROMETRE, Dimension.LENGTH)
                .required("longitudinalModeIndex", longitudinalModeIndex)
                .range("longitudinalModeIndex", longitudinalModeIndex == null ? null : longitudinalModeIndex.doubleValue(),
                        1, true, MAX_MODE_INDEX, true)
                .required("transverseMode", transverseMode)
                .quantity("resonanceWavelength", resonanceWavelength, 200, true, 2000, Unit.NANOMETRE, Dimension.LENGTH)
                .range("measuredFinesse", measuredFinesse, 0, false, 1e7, true);
        if (transverseMode != null && (transverseMode.m() < 0 || transverseMode.n() < 0
                || transverseMode.m() > TransverseMode.MAX_ORDER || transverseMode.n() > TransverseMode.MAX_ORDER)) {
            errors.add("transverseMode", transverseMode, "mode orders must be in [0, " + TransverseMode.MAX_ORDER + "]");
        }
        if (modelledModeVolume != null) {
            errors.quantity("modelledModeVolume", modelledModeVolume, 0, false, 1e9, Unit.CUBIC_MICROMETRE,
                    Dimension.VOLUME);
        }
        return errors;
    }
}
