package org.photonledger.domain.figure;

import java.util.List;

/** Define a figure (version 1): its name ("Farrow 2024 Fig. 4"), a caption and its panels. */
public record DefineFigure(FigureId figureId, String name, String caption, List<Panel> panels) {
}
