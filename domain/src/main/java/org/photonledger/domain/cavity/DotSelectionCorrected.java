package org.photonledger.domain.cavity;

import org.axonframework.serialization.Revision;
import org.photonledger.domain.step.StepCorrection;
import org.photonledger.domain.step.StepId;

/** The recorded dot of an assembly (label or position) was corrected; the earlier one stays in the history. */
@Revision("1")
public record DotSelectionCorrected(CavityId cavityId, StepId stepId, DotSelection values, String reason)
        implements CavityEvent, StepCorrection {
}
