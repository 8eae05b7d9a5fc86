package org.photonledger.domain.step;

/** An event that records a new step; its {@link #stepId()} is what later corrections and voids refer to. */
public interface StepRecord {

    StepId stepId();
}
