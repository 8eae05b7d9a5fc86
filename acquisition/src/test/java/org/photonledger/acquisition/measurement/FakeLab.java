package org.photonledger.acquisition.measurement;

import java.util.List;
import java.util.SplittableRandom;
import org.photonledger.acquisition.instrument.CavityPiezo;
import org.photonledger.acquisition.instrument.ExcitationLaser;
import org.photonledger.acquisition.instrument.InstrumentException;
import org.photonledger.acquisition.instrument.InstrumentSet;
import org.photonledger.acquisition.instrument.Objective;
import org.photonledger.acquisition.instrument.OpticalFilter;
import org.photonledger.acquisition.instrument.PhotonDetector;
import org.photonledger.acquisition.instrument.Polariser;
import org.photonledger.acquisition.instrument.PositioningStage;
import org.photonledger.acquisition.instrument.PulsedLaser;
import org.photonledger.acquisition.instrument.SampleEnvironment;
import org.photonledger.acquisition.instrument.Specimen;
import org.photonledger.acquisition.instrument.SpectrumFrame;
import org.photonledger.acquisition.instrument.Spectrometer;
import org.photonledger.acquisition.instrument.TimeTagger;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.acquisition.timetag.TagSource;
import org.photonledger.acquisition.timetag.TimeBase;
import org.photonledger.domain.measurement.InstrumentSettings;
import org.photonledger.domain.measurement.Setting;
import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/**
 * A minimal instrument set for the runner's own tests: two uncorrelated Poisson channels at a known rate, flat
 * spectra, and a tagger that can be made to fail after a number of tags. Physics is tested with the simulated lab.
 */
final class FakeLab implements InstrumentSet {

    final double ratePerChannel;
    long failAfterTags = Long.MAX_VALUE;
    private Specimen mounted;
    private PlanePosition position = PlanePosition.of(0, 0, Unit.MICROMETRE);
    private Quantity length = Quantity.of(1, Unit.MICROMETRE);
    private Quantity temperature = Quantity.of(295, Unit.KELVIN);
    private boolean polariserIn;
    private Quantity angle = Quantity.of(0, Unit.DEGREE);
    private long acquisitions;

    FakeLab(double ratePerChannel) {
        this.ratePerChannel = ratePerChannel;
    }

    private static InstrumentSettings settings(String name, Setting... settings) {
        return new InstrumentSettings(name, name, "fake", List.of(settings));
    }

    private final class Laser implements PulsedLaser {
        private final String name;
        private Quantity power = Quantity.of(0, Unit.MICROWATT);
        private Quantity rate = Quantity.of(5, Unit.MEGAHERTZ);
        private boolean on;

        Laser(String name) {
            this.name = name;
        }

        public String name() {
            return name;
        }

        public InstrumentSettings settings() {
            return FakeLab.settings(name, Setting.of("power", power), Setting.of("enabled", on),
                    Setting.of("repetitionRate", rate));
        }

        public Quantity wavelength() {
            return Quantity.of(532, Unit.NANOMETRE);
        }

        public void setPower(Quantity p) {
            if (p.in(Unit.MICROWATT) > 5000) {
                throw new InstrumentException(name + ": power " + p + " is above the maximum of 5000 µW");
            }
            power = p;
        }

        public Quantity power() {
            return power;
        }

        public void setEnabled(boolean enabled) {
            on = enabled;
        }

        public boolean enabled() {
            return on;
        }

        public void setRepetitionRate(Quantity r) {
            rate = r;
        }

        public Quantity repetitionRate() {
            return rate;
        }

        public Quantity pulseWidth() {
            return Quantity.of(50, Unit.PICOSECOND);
        }
    }

    private final Laser cw = new Laser("cw-laser");
    private final Laser pulsed = new Laser("pulsed-laser");

    public String name() {
        return "fake-lab";
    }

    public ExcitationLaser cwLaser() {
        return cw;
    }

    public PulsedLaser pulsedLaser() {
        return pulsed;
    }

    public PositioningStage stage() {
        return new PositioningStage() {
            public void moveTo(PlanePosition p) {
                position = p;
            }

            public PlanePosition position() {
                return position;
            }

            public String name() {
                return "stage";
            }

            public InstrumentSettings settings() {
                return FakeLab.settings("stage", Setting.text("position", position.toString()));
            }
        };
    }

    public CavityPiezo cavityPiezo() {
        return new CavityPiezo() {
            public void setLength(Quantity l) {
                length = l;
            }

            public Quantity length() {
                return length;
            }

            public String name() {
                return "cavity-piezo";
            }

            public InstrumentSettings settings() {
                return FakeLab.settings("cavity-piezo", Setting.of("length", length));
            }
        };
    }

    public Objective objective() {
        return new Objective() {
            public double numericalAperture() {
                return 0.85;
            }

            public String name() {
                return "objective";
            }

            public InstrumentSettings settings() {
                return FakeLab.settings("objective", Setting.of("numericalAperture", 0.85, ""));
            }
        };
    }

    public SampleEnvironment environment() {
        return new SampleEnvironment() {
            public void setTemperature(Quantity t) {
                temperature = t;
            }

            public Quantity temperature() {
                return temperature;
            }

            public String name() {
                return "environment";
            }

            public InstrumentSettings settings() {
                return FakeLab.settings("environment", Setting.of("temperature", temperature));
            }
        };
    }

    public Spectrometer spectrometer() {
        return new Spectrometer() {
            public void setGrating(int linesPerMm) {
            }

            public void setCentreWavelength(Quantity wavelength) {
            }

            public void setExposure(Quantity exposure) {
            }

            public SpectrumFrame acquire() {
                double[] w = new double[16];
                double[] c = new double[16];
                for (int i = 0; i < w.length; i++) {
                    w[i] = 670 + i;
                    c[i] = 100;
                }
                return new SpectrumFrame(w, c, 1);
            }

            public String name() {
                return "spectrometer";
            }

            public InstrumentSettings settings() {
                return FakeLab.settings("spectrometer");
            }
        };
    }

    public Polariser polariser() {
        return new Polariser() {
            public void setInserted(boolean inserted) {
                polariserIn = inserted;
            }

            public boolean inserted() {
                return polariserIn;
            }

            public void setAngle(Quantity a) {
                angle = a;
            }

            public Quantity angle() {
                return angle;
            }

            public String name() {
                return "polariser";
            }

            public InstrumentSettings settings() {
                return FakeLab.settings("polariser", Setting.of("inserted", polariserIn), Setting.of("angle", angle));
            }
        };
    }

    public List<OpticalFilter> filters() {
        return List.of();
    }

    public List<PhotonDetector> detectors() {
        return List.of();
    }

    public TimeTagger timeTagger() {
        return new TimeTagger() {
            public void setChannelDelay(int channel, Quantity delay) {
            }

            public TagSource acquire(Quantity duration) {
                long end = Math.round(duration.in(Unit.PICOSECOND));
                SplittableRandom random = new SplittableRandom(++acquisitions);
                double meanGapPs = 1e12 / (2 * ratePerChannel);
                return new TagSource() {
                    private long t;
                    private long emitted;

                    public TimeBase timeBase() {
                        return TimeBase.t2(1);
                    }

                    private boolean broken;

                    public boolean next(TagBlock block) {
                        block.clear();
                        if (broken) {
                            throw new InstrumentException("time-tagger: FIFO overflow after " + failAfterTags + " tags");
                        }
                        while (!block.isFull()) {
                            t += 1 + (long) (-Math.log(1 - random.nextDouble()) * meanGapPs);
                            if (t >= end) {
                                break;
                            }
                            if (emitted++ >= failAfterTags) {
                                broken = true; // what was already read out is delivered; the next read fails
                                break;
                            }
                            block.add(t, (short) random.nextInt(2));
                        }
                        return block.size() > 0;
                    }
                };
            }

            public String name() {
                return "time-tagger";
            }

            public InstrumentSettings settings() {
                return FakeLab.settings("time-tagger", Setting.of("resolution", Quantity.of(1, Unit.PICOSECOND)));
            }
        };
    }

    public void mount(Specimen specimen) {
        mounted = specimen;
    }

    public Specimen mounted() {
        return mounted;
    }
}
