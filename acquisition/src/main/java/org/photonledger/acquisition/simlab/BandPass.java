package org.photonledger.acquisition.simlab;

import java.util.List;
import org.photonledger.domain.measurement.Setting;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/**
 * An interference band-pass filter: flat top between centre ± half width, edges of finite steepness (a logistic
 * step whose 10–90 % rise is {@code edgeWidth}) and out-of-band blocking of 10^−OD.
 *
 * @param name             the filter's role in the set
 * @param centre           centre wavelength (paper: 665 nm and 650 nm)
 * @param halfWidth        half the pass band (paper: ± 75 nm and ± 100 nm)
 * @param peakTransmission transmission in the pass band
 * @param edgeWidth        10–90 % width of each edge
 * @param opticalDensity   blocking outside the band, as OD
 */
public record BandPass(String name, Quantity centre, Quantity halfWidth, Quantity peakTransmission,
        Quantity edgeWidth, double opticalDensity) {

    /** A logistic step rises from 10 % to 90 % over 2·ln 9 of its scale. */
    private static final double TEN_NINETY = 2 * Math.log(9);

    public double transmission(double wavelengthNm) {
        double c = centre.in(Unit.NANOMETRE);
        double h = halfWidth.in(Unit.NANOMETRE);
        double scale = edgeWidth.in(Unit.NANOMETRE) / TEN_NINETY;
        double rise = 1 / (1 + Math.exp(-(wavelengthNm - (c - h)) / scale));
        double fall = 1 / (1 + Math.exp((wavelengthNm - (c + h)) / scale));
        double blocking = Math.pow(10, -opticalDensity);
        return blocking + (peakTransmission.in(Unit.ONE) - blocking) * rise * fall;
    }

    List<Setting> settings() {
        return List.of(Setting.of("centre", centre), Setting.of("halfWidth", halfWidth),
                Setting.of("peakTransmission", peakTransmission), Setting.of("edgeWidth", edgeWidth),
                Setting.of("opticalDensity", opticalDensity, ""),
                Setting.text("position", "detection path to the SPADs (before the beamsplitter)"));
    }
}
