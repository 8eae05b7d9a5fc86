package org.photonledger.domain.figure;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replace a figure's definition by a new version, with the reason; earlier versions stay in its history. */
public record ReviseFigure(@TargetAggregateIdentifier FigureId figureId, String name, String caption,
        List<Panel> panels, String reason) {
}
