package org.photonledger.domain.figure;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.photonledger.domain.signature.LineageDigest;
import org.photonledger.domain.signature.Meaning;

/**
 * Sign one version of a figure: the SHA-256 covers that version's definition and the results and measurements its
 * panels draw, with their lineages. Refused if the figure was revised since the signer looked at {@code version}.
 */
public record SignFigure(@TargetAggregateIdentifier FigureId figureId, int version, Meaning meaning, String sha256,
        List<LineageDigest> lineage) {
}
