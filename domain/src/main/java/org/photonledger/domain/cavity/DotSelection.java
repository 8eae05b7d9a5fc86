package org.photonledger.domain.cavity;

import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.units.Unit;
import org.photonledger.domain.validation.FieldErrors;

/**
 * The single dot a cavity is closed over: a label (e.g. from the confocal scan) and its position on the film,
 * measured from the film's reference mark.
 */
public record DotSelection(String label, PlanePosition position) implements CavityStep {

    @Override
    public CavityStepKind kind() {
        return CavityStepKind.ASSEMBLY;
    }

    @Override
    public FieldErrors check() {
        FieldErrors errors = new FieldErrors().maxLength("dot.label", label, 100);
        return PlanePosition.check(errors, "dot.position", position, 12.5, Unit.MILLIMETRE);
    }
}
