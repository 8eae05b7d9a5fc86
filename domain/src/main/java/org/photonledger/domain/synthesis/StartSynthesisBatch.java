package org.photonledger.domain.synthesis;

/**
 * Open a new synthesis batch under a name the lab uses for it (e.g. the notebook page) and the protocol followed.
 */
public record StartSynthesisBatch(BatchId batchId, String name, String protocol) {
}
