package org.photonledger.domain.figure;

/** How a panel draws its data. */
public enum PlotType {
    /** Counts against wavelength, with the line-shape fit. */
    SPECTRUM,
    /** Counts against time after the pulse (log scale), with the decay fit. */
    DECAY,
    /** Coincidences against delay τ. */
    G2,
    /** Intensity against polariser angle on polar axes, with the Malus-law fit. */
    POLARISATION_POLAR,
    /** Intensity against polariser angle on Cartesian axes, with the Malus-law fit. */
    POLARISATION_CARTESIAN,
    /** Counts over a scanned area as a colour map. */
    MAP,
    /** Counts per time bin against time. */
    TRACE,
    /** Occurrences of each count level (an intensity histogram). */
    HISTOGRAM
}
