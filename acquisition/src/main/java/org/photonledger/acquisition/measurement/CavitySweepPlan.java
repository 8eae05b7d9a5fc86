package org.photonledger.acquisition.measurement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.photonledger.acquisition.instrument.InstrumentSet;
import org.photonledger.acquisition.instrument.SpectrumFrame;
import org.photonledger.domain.measurement.MeasurementType;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/** A cavity-length sweep: a spectrum at each mirror separation, so the modes are seen tuning through the emission. */
final class CavitySweepPlan implements TablePlan {

    @Override
    public MeasurementType type() {
        return MeasurementType.CAVITY_LENGTH_SWEEP;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(Excitation.TEMPERATURE, Excitation.power(1.0),
                new ParameterSpec("lengthStart", "From length", Unit.MICROMETRE, 0.8, 0.05, 100, "first mirror separation"),
                new ParameterSpec("lengthEnd", "To length", Unit.MICROMETRE, 1.6, 0.05, 100, "last mirror separation"),
                new ParameterSpec("steps", "Steps", null, 41, 2, 1000, "number of lengths"),
                new ParameterSpec("grating", "Grating (lines/mm)", null, 300, 50, 3600, "spectrometer grating"),
                new ParameterSpec("centreWavelength", "Centre wavelength", Unit.NANOMETRE, 680, 400, 1000,
                        "the spectrometer's centre"),
                new ParameterSpec("exposure", "Exposure per length", Unit.SECOND, 0.2, 0.001, 600, "CCD exposure"));
    }

    @Override
    public Quantity duration(PlanParameters p) {
        return Quantity.of(p.get("exposure") * p.getLong("steps"), Unit.SECOND);
    }

    @Override
    public void configure(InstrumentSet set, PlanParameters p) {
        if (p.get("lengthEnd") <= p.get("lengthStart")) {
            throw org.photonledger.domain.validation.InvalidInputException.of("parameters.lengthEnd", p.get("lengthEnd"),
                            "must be longer than lengthStart (" + p.get("lengthStart") + " µm)");
        }
        Excitation.cw(set, p);
        set.spectrometer().setGrating((int) p.getLong("grating"));
        set.spectrometer().setCentreWavelength(p.quantity("centreWavelength"));
        set.spectrometer().setExposure(p.quantity("exposure"));
        set.cavityPiezo().setLength(p.quantity("lengthStart"));
    }

    @Override
    public Run start(InstrumentSet set, PlanParameters p) {
        int steps = (int) p.getLong("steps");
        double from = p.get("lengthStart");
        double dl = (p.get("lengthEnd") - from) / (steps - 1);
        Quantity before = set.cavityPiezo().length();
        List<double[]> frames = new ArrayList<>();
        return new Run() {
            private double[] wavelengths = new double[0];

            @Override
            public boolean step() {
                int i = frames.size();
                if (i >= steps) {
                    return false;
                }
                set.cavityPiezo().setLength(Quantity.of(from + i * dl, Unit.MICROMETRE));
                SpectrumFrame frame = set.spectrometer().acquire();
                synchronized (this) {
                    wavelengths = frame.wavelengthsNm().clone();
                    frames.add(frame.counts().clone());
                }
                if (frames.size() == steps) {
                    set.cavityPiezo().setLength(before);
                }
                return frames.size() < steps;
            }

            @Override
            public double progress() {
                return (double) frames.size() / steps;
            }

            @Override
            public synchronized String csv() {
                StringBuilder out = new StringBuilder("length_um,wavelength_nm,counts\n");
                for (int i = 0; i < frames.size(); i++) {
                    double length = from + i * dl;
                    double[] c = frames.get(i);
                    for (int j = 0; j < c.length; j++) {
                        out.append(length).append(',').append(wavelengths[j]).append(',')
                                .append(Counting.number(c[j])).append('\n');
                    }
                }
                return out.toString();
            }

            @Override
            public synchronized long rows() {
                return (long) frames.size() * wavelengths.length;
            }

            @Override
            public synchronized Preview preview() {
                int columns = wavelengths.length;
                double[] values = new double[columns * steps];
                Arrays.fill(values, Double.NaN);
                for (int i = 0; i < frames.size(); i++) {
                    System.arraycopy(frames.get(i), 0, values, i * columns, columns);
                }
                double w0 = columns == 0 ? 0 : wavelengths[0];
                double dw = columns < 2 ? 1 : wavelengths[1] - wavelengths[0];
                return new Preview.Map("Mode spectrum vs mirror separation", "wavelength (nm)", "length (µm)", w0, dw,
                        from, dl, columns, steps, values, "counts");
            }
        };
    }
}
