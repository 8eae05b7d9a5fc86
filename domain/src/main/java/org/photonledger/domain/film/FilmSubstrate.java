package org.photonledger.domain.film;

import org.photonledger.domain.mirror.MirrorId;

/** The substrate of a film: a planar mirror by id, or a glass coverslip described in words. */
public record FilmSubstrate(SubstrateKind kind, MirrorId mirrorId, String description) {

    public static FilmSubstrate planarMirror(MirrorId mirrorId) {
        return new FilmSubstrate(SubstrateKind.PLANAR_MIRROR, mirrorId, null);
    }

    public static FilmSubstrate coverslip(String description) {
        return new FilmSubstrate(SubstrateKind.GLASS_COVERSLIP, null, description);
    }
}
