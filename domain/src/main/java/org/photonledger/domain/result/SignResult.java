package org.photonledger.domain.result;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.photonledger.domain.signature.LineageDigest;
import org.photonledger.domain.signature.Meaning;

/**
 * Sign a result electronically: the signer (the signed-in user, who re-entered their password) declares a meaning
 * over the SHA-256 of the result and its whole lineage as they were when signing.
 */
public record SignResult(@TargetAggregateIdentifier ResultId resultId, Meaning meaning, String sha256,
        List<LineageDigest> lineage) {
}
