package org.photonledger.domain.sample;

/** Which part of a centrifuged dispersion was kept as the new sample. */
public enum KeptFraction {
    SUPERNATANT, PELLET
}
