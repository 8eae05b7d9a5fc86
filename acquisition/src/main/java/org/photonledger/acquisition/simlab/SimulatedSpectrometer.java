package org.photonledger.acquisition.simlab;

import java.util.ArrayList;
import java.util.List;
import org.photonledger.acquisition.instrument.InstrumentException;
import org.photonledger.acquisition.instrument.Spectrometer;
import org.photonledger.acquisition.instrument.SpectrumFrame;
import org.photonledger.domain.measurement.InstrumentSettings;
import org.photonledger.domain.measurement.Setting;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/**
 * The simulated Czerny–Turner spectrometer with a 1024-pixel CCD. Pixel wavelengths follow the grating equation
 * (sin α + sin β = λ/d, deviation α − β fixed), so the dispersion is slightly non-linear across the chip; the slit
 * image gives a Gaussian instrument function.
 */
final class SimulatedSpectrometer implements Spectrometer {

    private final SimulatedLab lab;
    private final SetupModel.Spectrograph model;
    private final AllowedRange centreRange;
    private final AllowedRange exposureRange;
    private int grating;
    private Quantity centre = Quantity.of(680, Unit.NANOMETRE);
    private Quantity exposure = Quantity.of(1, Unit.SECOND);

    SimulatedSpectrometer(SimulatedLab lab, SetupModel.Spectrograph model) {
        this.lab = lab;
        this.model = model;
        this.grating = model.gratings().get(Math.min(1, model.gratings().size() - 1));
        this.centreRange = new AllowedRange(name(), "centre wavelength", 300, 1100, Unit.NANOMETRE);
        this.exposureRange = new AllowedRange(name(), "exposure", model.minExposure().in(Unit.SECOND),
                model.maxExposure().in(Unit.SECOND), Unit.SECOND);
    }

    @Override
    public String name() {
        return "spectrometer";
    }

    @Override
    public synchronized InstrumentSettings settings() {
        double[] nm = wavelengths(grating, centre.in(Unit.NANOMETRE));
        List<Setting> s = new ArrayList<>(List.of(
                Setting.of("grating", grating, "lines/mm"),
                Setting.of("centreWavelength", centre),
                Setting.of("exposure", exposure),
                Setting.text("gratings", model.gratings().toString() + " lines/mm"),
                Setting.of("focalLength", model.focalLength()),
                Setting.of("deviationAngle", model.deviationAngle()),
                Setting.of("pixels", model.pixels()),
                Setting.of("pixelSize", model.pixelSize()),
                Setting.of("firstPixel", Quantity.of(nm[0], Unit.NANOMETRE)),
                Setting.of("lastPixel", Quantity.of(nm[nm.length - 1], Unit.NANOMETRE)),
                Setting.of("dispersionAtCentre", (nm[nm.length / 2 + 1] - nm[nm.length / 2 - 1]) / 2, "nm/pixel"),
                Setting.of("slitWidth", model.slitWidth()),
                Setting.of("instrumentFwhm", Quantity.of(instrumentFwhmNm(grating, centre.in(Unit.NANOMETRE)),
                        Unit.NANOMETRE)),
                Setting.of("ccdQuantumEfficiency", model.quantumEfficiency()),
                Setting.of("readNoise", model.readNoise(), "e⁻ rms"),
                Setting.of("darkCurrent", model.darkCurrent()),
                Setting.of("bias", model.bias(), "counts"),
                Setting.text("gain", "1 e⁻ per count"),
                Setting.of("fullScale", model.fullScale(), "counts"),
                Setting.of("longPassEdge", model.longPassEdge()),
                Setting.text("longPassModel", "logistic edge, 2 nm scale"),
                Setting.text("exposureRange", exposureRange.describe() + " s"),
                Setting.text("position", "common detection path after the polariser; no band-pass filters")));
        return new InstrumentSettings(name(), "grating spectrometer with CCD",
                "simulated 303 mm Czerny–Turner spectrograph with a 1024-pixel back-illuminated CCD", s);
    }

    @Override
    public synchronized void setGrating(int linesPerMm) {
        if (!model.gratings().contains(linesPerMm)) {
            throw new InstrumentException(name() + ": grating " + linesPerMm + " lines/mm is not on the turret; "
                    + "allowed " + model.gratings() + " lines/mm");
        }
        this.grating = linesPerMm;
    }

    @Override
    public synchronized void setCentreWavelength(Quantity wavelength) {
        centreRange.check(wavelength);
        this.centre = wavelength;
    }

    @Override
    public synchronized void setExposure(Quantity exposure) {
        exposureRange.check(exposure);
        this.exposure = exposure;
    }

    @Override
    public SpectrumFrame acquire() {
        int g;
        double c;
        double e;
        synchronized (this) {
            g = grating;
            c = centre.in(Unit.NANOMETRE);
            e = exposure.in(Unit.SECOND);
        }
        return lab.acquireSpectrum(this, g, c, e);
    }

    /** Pixel-centre wavelengths for a grating and centre wavelength. */
    double[] wavelengths(int linesPerMm, double centreNm) {
        int n = model.pixels();
        double[] nm = new double[n];
        for (int i = 0; i < n; i++) {
            nm[i] = wavelengthAt(linesPerMm, centreNm, i + 0.5 - n / 2.0);
        }
        return nm;
    }

    /** Wavelength at a (fractional) pixel offset from the chip centre. */
    double wavelengthAt(int linesPerMm, double centreNm, double pixelOffset) {
        double d = 1e6 / linesPerMm;
        double half = model.deviationAngle().in(Unit.RADIAN) / 2;
        double s = centreNm / (2 * d * Math.cos(half));
        if (s > 1) {
            throw new InstrumentException(name() + ": grating " + linesPerMm + " lines/mm cannot reach "
                    + centreNm + " nm");
        }
        double mean = Math.asin(s);
        double alpha = mean + half;
        double beta = mean - half;
        double x = pixelOffset * model.pixelSize().in(Unit.MILLIMETRE);
        return d * (Math.sin(alpha) + Math.sin(beta + Math.atan(x / model.focalLength().in(Unit.MILLIMETRE))));
    }

    /** FWHM of the Gaussian instrument function: the slit imaged 1:1 onto the chip, in nm. */
    double instrumentFwhmNm(int linesPerMm, double centreNm) {
        double pixels = model.slitWidth().in(Unit.MILLIMETRE) / model.pixelSize().in(Unit.MILLIMETRE);
        return pixels * Math.abs(wavelengthAt(linesPerMm, centreNm, 0.5) - wavelengthAt(linesPerMm, centreNm, -0.5));
    }
}
