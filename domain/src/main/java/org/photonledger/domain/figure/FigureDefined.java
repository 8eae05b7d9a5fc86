package org.photonledger.domain.figure;

import java.util.List;
import org.axonframework.serialization.Revision;

/** A figure was defined: version 1 of its name, caption and panels. */
@Revision("1")
public record FigureDefined(FigureId figureId, String name, String caption, int version, List<Panel> panels)
        implements FigureEvent {
}
