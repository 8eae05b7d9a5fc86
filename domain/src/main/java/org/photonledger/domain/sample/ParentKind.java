package org.photonledger.domain.sample;

/** What a sample can be derived from. */
public enum ParentKind {
    /** A synthesis batch, once it is stored. */
    BATCH,
    /** Another sample that was neither discarded nor voided. */
    SAMPLE
}
