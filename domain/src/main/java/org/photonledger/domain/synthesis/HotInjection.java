package org.photonledger.domain.synthesis;

import org.photonledger.domain.units.Dimension;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.domain.validation.FieldErrors;

/**
 * Cs-oleate from flask 1 injected into flask 2 on reaching the injection temperature, then the reaction quenched
 * (the paper: ice bath, as quickly as possible). {@code quenchDelay} is optional: the time from injection to quench.
 */
public record HotInjection(
        Quantity injectionTemperature,
        Quantity csOleateVolume,
        String quench,
        Quantity quenchDelay) implements SynthesisStep {

    @Override
    public SynthesisStepKind kind() {
        return SynthesisStepKind.HOT_INJECTION;
    }

    @Override
    public FieldErrors check() {
        FieldErrors errors = new FieldErrors();
        SynthesisRanges.temperature(errors, "injectionTemperature", injectionTemperature);
        errors.quantity("csOleateVolume", csOleateVolume, 0, false, 100, Unit.MILLILITRE, Dimension.VOLUME)
                .required("quench", quench)
                .maxLength("quench", quench, 200);
        if (quenchDelay != null) {
            errors.quantity("quenchDelay", quenchDelay, 0, true, 10, Unit.MINUTE, Dimension.TIME);
        }
        return errors;
    }
}
