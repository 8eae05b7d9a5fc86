package org.photonledger.acquisition.instrument;

/** The microscope objective (fixed properties: magnification, numerical aperture); settings() reports them. */
public interface Objective extends Instrument {

    double numericalAperture();
}
