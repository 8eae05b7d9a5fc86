package org.photonledger.acquisition.measurement;

import java.util.List;
import org.photonledger.acquisition.instrument.InstrumentSet;
import org.photonledger.acquisition.instrument.SpectrumFrame;
import org.photonledger.domain.measurement.MeasurementType;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/** A PL spectrum: CW excitation, CCD frames summed (the paper: 0.6 nm line at 4 K, ~40 nm at RT, 1.1 nm in cavity). */
final class SpectrumPlan implements TablePlan {

    @Override
    public MeasurementType type() {
        return MeasurementType.PL_SPECTRUM;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(Excitation.TEMPERATURE, Excitation.power(1.0),
                new ParameterSpec("grating", "Grating (lines/mm)", null, 300, 50, 3600,
                        "300 for broad RT spectra, 1200 to resolve the 0.6 nm line at 4 K"),
                new ParameterSpec("centreWavelength", "Centre wavelength", Unit.NANOMETRE, 680, 400, 1000,
                        "the spectrometer's centre"),
                new ParameterSpec("exposure", "Exposure per frame", Unit.SECOND, 1, 0.001, 600, "CCD exposure"),
                new ParameterSpec("frames", "Frames", null, 5, 1, 1000, "frames summed"),
                Excitation.POLARISER_ANGLE);
    }

    @Override
    public Quantity duration(PlanParameters p) {
        return Quantity.of(p.get("exposure") * p.getLong("frames"), Unit.SECOND);
    }

    @Override
    public void configure(InstrumentSet set, PlanParameters p) {
        Excitation.cw(set, p);
        Excitation.polariser(set, p.get("polariserAngle"));
        set.spectrometer().setGrating((int) p.getLong("grating"));
        set.spectrometer().setCentreWavelength(p.quantity("centreWavelength"));
        set.spectrometer().setExposure(p.quantity("exposure"));
    }

    @Override
    public Run start(InstrumentSet set, PlanParameters p) {
        long frames = p.getLong("frames");
        return new Run() {
            private double[] wavelengths = new double[0];
            private double[] sum = new double[0];
            private long taken;

            @Override
            public boolean step() {
                if (taken >= frames) {
                    return false;
                }
                SpectrumFrame frame = set.spectrometer().acquire();
                synchronized (this) {
                    if (taken == 0) {
                        wavelengths = frame.wavelengthsNm().clone();
                        sum = new double[wavelengths.length];
                    }
                    for (int i = 0; i < sum.length; i++) {
                        sum[i] += frame.counts()[i];
                    }
                    taken++;
                }
                return taken < frames;
            }

            @Override
            public double progress() {
                return (double) taken / frames;
            }

            @Override
            public synchronized String csv() {
                StringBuilder out = new StringBuilder("wavelength_nm,counts\n");
                for (int i = 0; i < sum.length; i++) {
                    out.append(wavelengths[i]).append(',').append(Counting.number(sum[i])).append('\n');
                }
                return out.toString();
            }

            @Override
            public long rows() {
                return sum.length;
            }

            @Override
            public synchronized Preview preview() {
                return new Preview.Curve("PL spectrum (" + taken + " of " + frames + " frames)", "wavelength (nm)",
                        "counts", wavelengths.clone(), sum.clone());
            }
        };
    }
}
