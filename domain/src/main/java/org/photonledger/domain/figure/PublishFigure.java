package org.photonledger.domain.figure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Mark a figure's current version as published (in a paper, a report), with the reason. */
public record PublishFigure(@TargetAggregateIdentifier FigureId figureId, String reason) {
}
