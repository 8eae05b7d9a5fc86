package org.photonledger.domain.step;

/** An event that declares an earlier step void (it did not happen as recorded); the step stays in the history. */
public interface StepVoid {

    StepId stepId();

    String reason();
}
