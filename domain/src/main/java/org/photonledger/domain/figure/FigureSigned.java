package org.photonledger.domain.figure;

import java.util.List;
import org.photonledger.domain.signature.LineageDigest;
import org.photonledger.domain.signature.Meaning;

/** A signature on a version of a figure (see {@link org.photonledger.domain.result.ResultSigned}). */
@org.axonframework.serialization.Revision("1")
public record FigureSigned(FigureId figureId, int version, Meaning meaning, String sha256, List<LineageDigest> lineage,
        String signer) implements FigureEvent {
}
