package org.photonledger.domain.mirror;

/** A mirror is either planar (it carries the film) or featured (concave features milled into a plinth). */
public enum MirrorKind {
    PLANAR, FEATURED
}
