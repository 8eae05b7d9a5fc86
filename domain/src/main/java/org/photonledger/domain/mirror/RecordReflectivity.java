package org.photonledger.domain.mirror;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.photonledger.domain.step.StepId;

/** Record a reflectivity measurement of a coated mirror; may be repeated (other wavelengths, re-measurements). */
public record RecordReflectivity(
        @TargetAggregateIdentifier MirrorId mirrorId,
        StepId stepId,
        ReflectivityMeasurement values) {
}
