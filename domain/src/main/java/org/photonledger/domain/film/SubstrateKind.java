package org.photonledger.domain.film;

/** What a film is spin-coated onto. */
public enum SubstrateKind {
    /** A planar DBR mirror from the mirror records (for cavity measurements). */
    PLANAR_MIRROR,
    /** A glass coverslip (for out-of-cavity and 4 K measurements). */
    GLASS_COVERSLIP
}
