package org.photonledger.domain.cavity;

import org.axonframework.serialization.Revision;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.step.StepVoid;

/** A recorded cavity step was declared void; it stays in the history, marked void. */
@Revision("1")
public record CavityStepVoided(CavityId cavityId, StepId stepId, String reason) implements CavityEvent, StepVoid {
}
