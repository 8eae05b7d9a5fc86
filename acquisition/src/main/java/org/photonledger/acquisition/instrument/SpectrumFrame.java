package org.photonledger.acquisition.instrument;

/**
 * One CCD read-out of the spectrometer: counts per pixel with each pixel's centre wavelength, and the exposure used.
 *
 * @param wavelengthsNm pixel centre wavelengths in nm, increasing
 * @param counts        detected counts per pixel (background and read noise included)
 * @param exposureS     exposure time in s
 */
public record SpectrumFrame(double[] wavelengthsNm, double[] counts, double exposureS) {

    public SpectrumFrame {
        if (wavelengthsNm.length != counts.length) {
            throw new IllegalArgumentException("wavelengths and counts differ in length: " + wavelengthsNm.length
                    + " vs " + counts.length);
        }
    }
}
