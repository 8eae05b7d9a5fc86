package org.photonledger.domain.cavity;

import org.axonframework.serialization.Revision;
import org.photonledger.domain.step.StepCorrection;
import org.photonledger.domain.step.StepId;

/** A recorded configuration was corrected and its figures derived again; the earlier ones stay in the history. */
@Revision("1")
public record CavityConfigurationCorrected(CavityId cavityId, StepId stepId, CavityConfiguration values,
        CavityFigures figures, String reason) implements CavityEvent, StepCorrection {
}
