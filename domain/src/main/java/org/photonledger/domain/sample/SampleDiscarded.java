package org.photonledger.domain.sample;

import org.axonframework.serialization.Revision;

/** A sample was used up or thrown away; nothing can be derived from it any more. */
@Revision("1")
public record SampleDiscarded(SampleId sampleId, String reason) implements QdSampleEvent {
}
