package org.photonledger.domain.cavity;

import org.photonledger.domain.units.Quantity;

/**
 * The figures derived for one configuration, with the inputs they were derived from, so that each can be traced
 * and recomputed. {@code beamWaist} and {@code gaussianModeVolume} are null when the cavity is too long for the
 * feature's curvature (no stable Gaussian mode). When the featured mirror's reflectivity is only a lower bound, so
 * is {@code finesseFromReflectivities} ({@code reflectivityLowerBound}).
 */
public record CavityFigures(
        Quantity planarReflectivity,
        Quantity featuredReflectivity,
        boolean reflectivityLowerBound,
        Quantity radiusOfCurvature,
        double finesseFromReflectivities,
        double finesse,
        FinesseSource finesseSource,
        double qualityFactor,
        Quantity beamWaist,
        Quantity gaussianModeVolume,
        Quantity modeVolume,
        ModeVolumeSource modeVolumeSource,
        double purcellRandomDipole,
        double purcellAlignedDipole) {
}
