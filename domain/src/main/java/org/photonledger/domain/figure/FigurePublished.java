package org.photonledger.domain.figure;

import org.axonframework.serialization.Revision;

/** A version of a figure was published, for the reason given. */
@Revision("1")
public record FigurePublished(FigureId figureId, int version, String reason) implements FigureEvent {
}
