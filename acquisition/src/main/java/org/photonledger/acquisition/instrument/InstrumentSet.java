package org.photonledger.acquisition.instrument;

import java.util.ArrayList;
import java.util.List;
import org.photonledger.domain.measurement.InstrumentSettings;
import org.photonledger.domain.measurement.InstrumentSnapshot;

/**
 * One optical set-up (Fig. 1d of the reference paper): every instrument a measurement plan can drive, and the
 * specimen mounted in it. One measurement runs on a set at a time.
 */
public interface InstrumentSet {

    /** The set's name ("simulated-lab-1"). */
    String name();

    ExcitationLaser cwLaser();

    PulsedLaser pulsedLaser();

    PositioningStage stage();

    CavityPiezo cavityPiezo();

    Objective objective();

    SampleEnvironment environment();

    Spectrometer spectrometer();

    Polariser polariser();

    List<OpticalFilter> filters();

    /** The detectors in channel order (HBT uses the first two). */
    List<PhotonDetector> detectors();

    TimeTagger timeTagger();

    /** Mounts a specimen (replacing the previous one) and resets instruments to their idle state. */
    void mount(Specimen specimen);

    Specimen mounted();

    /** Every instrument's current settings, in a fixed order. */
    default InstrumentSnapshot snapshot() {
        List<Instrument> all = new ArrayList<>(List.of(cwLaser(), pulsedLaser(), stage(), cavityPiezo(), objective(),
                environment(), spectrometer(), polariser()));
        all.addAll(filters());
        all.addAll(detectors());
        all.add(timeTagger());
        List<InstrumentSettings> settings = all.stream().map(Instrument::settings).toList();
        return new InstrumentSnapshot(name(), settings);
    }
}
