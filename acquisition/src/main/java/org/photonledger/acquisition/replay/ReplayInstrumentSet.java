package org.photonledger.acquisition.replay;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.photonledger.acquisition.instrument.Spectrometer;
import org.photonledger.acquisition.instrument.TimeTagger;
import org.photonledger.domain.measurement.InstrumentSettings;
import org.photonledger.domain.measurement.InstrumentSnapshot;
import org.photonledger.domain.measurement.Setting;

/**
 * An instrument set that replays a recorded PicoQuant PTU file: its time tagger plays the file's tags window by
 * window, and its settings name the file by path and SHA-256 with the header's description of the recording.
 *
 * <p>The other instruments are not in the file. Their settings say "not present in replay". A request that would
 * change the data or contradicts the recording is refused with an {@link InstrumentException}: channel delays, a
 * repetition rate other than the recorded sync rate, switching the pulsed laser off in a T3 recording, taking a
 * spectrum. Every other request (laser power, stage position, polariser, temperature, …) cannot be checked against
 * the file; it is accepted, has no effect, and is reported as {@code requested.*} in the settings, so a measurement
 * plan runs unchanged and its snapshot says what was asked and that it was not applied. Fixed properties the file
 * does not record (laser wavelength, pulse width, objective NA) cannot be read.
 */
public final class ReplayInstrumentSet implements InstrumentSet, AutoCloseable {

    private final Recording recording;
    private final ReplayCwLaser cwLaser = new ReplayCwLaser();
    private final ReplayPulsedLaser pulsedLaser;
    private final ReplayStage stage = new ReplayStage();
    private final ReplayPiezo piezo = new ReplayPiezo();
    private final ReplayObjective objective = new ReplayObjective();
    private final ReplayEnvironment environment = new ReplayEnvironment();
    private final ReplaySpectrometer spectrometer = new ReplaySpectrometer();
    private final ReplayPolariser polariser = new ReplayPolariser();
    private final List<PhotonDetector> detectors;
    private final ReplayTimeTagger timeTagger;
    private Specimen declared;

    /** Reads the file's header and hashes the whole file once; the records are read as they are played. */
    public ReplayInstrumentSet(Path ptuFile) {
        this.recording = Recording.of(ptuFile);
        this.pulsedLaser = new ReplayPulsedLaser(recording);
        List<PhotonDetector> inputs = new ArrayList<>();
        for (int i = 0; i < recording.inputChannels(); i++) {
            inputs.add(new ReplayDetector(recording, i));
        }
        this.detectors = List.copyOf(inputs);
        this.timeTagger = new ReplayTimeTagger(recording);
    }

    /** "replay:" and the file name. */
    @Override
    public String name() {
        return "replay:" + recording.file().getFileName();
    }

    /** Hex SHA-256 of the replayed file. */
    public String sha256() {
        return recording.sha256();
    }

    @Override
    public ExcitationLaser cwLaser() {
        return cwLaser;
    }

    @Override
    public PulsedLaser pulsedLaser() {
        return pulsedLaser;
    }

    @Override
    public PositioningStage stage() {
        return stage;
    }

    @Override
    public CavityPiezo cavityPiezo() {
        return piezo;
    }

    @Override
    public Objective objective() {
        return objective;
    }

    @Override
    public SampleEnvironment environment() {
        return environment;
    }

    @Override
    public Spectrometer spectrometer() {
        return spectrometer;
    }

    @Override
    public Polariser polariser() {
        return polariser;
    }

    /** No filters: the file does not record any. */
    @Override
    public List<OpticalFilter> filters() {
        return List.of();
    }

    /** One detector per recorded input channel (HW_InpChannels, or 2). */
    @Override
    public List<PhotonDetector> detectors() {
        return detectors;
    }

    @Override
    public TimeTagger timeTagger() {
        return timeTagger;
    }

    /** Records which specimen the caller says was measured; the replayed data do not change. */
    @Override
    public synchronized void mount(Specimen specimen) {
        if (specimen == null) {
            throw new InstrumentException(name() + ": nothing to mount (specimen is null)");
        }
        this.declared = specimen;
    }

    @Override
    public synchronized Specimen mounted() {
        return declared;
    }

    /** The ports' instruments and an entry {@code specimen} with the specimen the caller declared, if any. */
    @Override
    public InstrumentSnapshot snapshot() {
        List<InstrumentSettings> all = new ArrayList<>(InstrumentSet.super.snapshot().instruments());
        Specimen specimen = mounted();
        List<Setting> s = new ArrayList<>();
        s.add(Setting.text("source", "declared by the caller; the data are the recording's"));
        switch (specimen) {
            case null -> s.add(Setting.text("declared", "none"));
            case Specimen.Film film -> {
                s.add(Setting.text("declared", "film"));
                s.add(Setting.text("filmId", film.filmId()));
            }
            case Specimen.Cavity cavity -> {
                s.add(Setting.text("declared", "cavity"));
                s.add(Setting.text("cavityId", cavity.cavityId()));
                s.add(Setting.text("filmId", cavity.film().filmId()));
            }
        }
        all.add(new InstrumentSettings("specimen", "declared specimen", "replay", s));
        return new InstrumentSnapshot(name(), all);
    }

    /** Closes the file if a replay stopped before its end. */
    @Override
    public void close() {
        timeTagger.close();
    }
}
