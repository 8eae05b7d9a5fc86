package org.photonledger.domain.cavity;

import org.axonframework.serialization.Revision;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.step.StepRecord;

/** The cavity was set to one configuration; {@code figures} are derived from it and the assembly's mirrors. */
@Revision("1")
public record CavityConfigured(CavityId cavityId, StepId stepId, CavityConfiguration values, CavityFigures figures)
        implements CavityEvent, StepRecord {
}
