package org.photonledger.domain.synthesis;

import org.axonframework.serialization.Revision;

/** A synthesis batch was opened. */
@Revision("1")
public record SynthesisBatchStarted(BatchId batchId, String name, String protocol) implements SynthesisBatchEvent {
}
