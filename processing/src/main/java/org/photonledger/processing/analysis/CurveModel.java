package org.photonledger.processing.analysis;

/** Expected counts per bin for a parameter vector; the x values are captured by the implementation. */
@FunctionalInterface
interface CurveModel {

    void values(double[] parameters, double[] out);
}
