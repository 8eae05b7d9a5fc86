package org.photonledger.domain.figure;

import java.util.List;
import org.axonframework.serialization.Revision;

/** A figure's definition was replaced by a new version, for the reason given. */
@Revision("1")
public record FigureRevised(FigureId figureId, String name, String caption, int version, List<Panel> panels,
        String reason) implements FigureEvent {
}
