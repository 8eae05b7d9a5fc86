package org.photonledger.domain.figure;

/** Everything that can happen to a figure definition. */
public sealed interface FigureEvent permits FigureDefined, FigureRevised, FigurePublished, FigureSigned {

    FigureId figureId();
}
