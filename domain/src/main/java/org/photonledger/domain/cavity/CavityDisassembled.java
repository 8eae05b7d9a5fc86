package org.photonledger.domain.cavity;

import org.axonframework.serialization.Revision;

/** The cavity was opened for good; its life ends here. {@code reason} may be null. */
@Revision("1")
public record CavityDisassembled(CavityId cavityId, String reason) implements CavityEvent {
}
