package org.photonledger.domain.result;

import java.util.List;
import org.photonledger.domain.signature.LineageDigest;
import org.photonledger.domain.signature.Meaning;

/**
 * A signature on a result: who, with which meaning, over which SHA-256 (the result and everything in its lineage,
 * each with the digest of its events when signed). When is the event's timestamp. A later change to anything in
 * the lineage leaves this event as it is and shows the signature as stale.
 */
@org.axonframework.serialization.Revision("1")
public record ResultSigned(ResultId resultId, Meaning meaning, String sha256, List<LineageDigest> lineage,
        String signer) implements ResultEvent {
}
