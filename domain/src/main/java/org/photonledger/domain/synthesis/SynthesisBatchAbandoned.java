package org.photonledger.domain.synthesis;

import org.axonframework.serialization.Revision;

/** The batch was given up; nothing more can be recorded for it and nothing derived from it. */
@Revision("1")
public record SynthesisBatchAbandoned(BatchId batchId, String reason) implements SynthesisBatchEvent {
}
