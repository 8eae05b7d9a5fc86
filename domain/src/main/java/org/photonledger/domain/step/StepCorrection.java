package org.photonledger.domain.step;

/**
 * An event that replaces the values of an earlier step with corrected ones. The original event stays in the
 * history; read models show the corrected values and mark the step as corrected.
 */
public interface StepCorrection {

    StepId stepId();

    String reason();
}
