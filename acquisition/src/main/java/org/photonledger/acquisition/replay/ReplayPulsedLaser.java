package org.photonledger.acquisition.replay;

import java.util.ArrayList;
import java.util.List;
import org.photonledger.acquisition.instrument.InstrumentException;
import org.photonledger.acquisition.instrument.PulsedLaser;
import org.photonledger.acquisition.timetag.TagMode;
import org.photonledger.domain.measurement.Setting;
import org.photonledger.domain.units.Dimension;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/**
 * The pulsed laser of a replay. A T3 file proves it was on and its header gives the measured sync rate; a request
 * that contradicts either is refused, since the recorded data would not follow it.
 */
final class ReplayPulsedLaser extends AbsentInstrument implements PulsedLaser {

    /** Relative difference from the recorded sync rate still taken as the same rate (the counter's precision). */
    private static final double RATE_TOLERANCE = 1e-3;

    private final Recording recording;

    ReplayPulsedLaser(Recording recording) {
        super("pulsed-laser", "pulsed excitation laser");
        this.recording = recording;
    }

    @Override
    List<Setting> recorded() {
        List<Setting> s = new ArrayList<>();
        recording.syncRateHz().ifPresent(r -> s.add(Setting.of("recorded.syncRate", Quantity.of(r, Unit.HERTZ))));
        if (recording.timeBase().mode() == TagMode.T3) {
            s.add(Setting.of("recorded.syncPeriod", Quantity.of(recording.timeBase().globalResolutionPs(),
                    Unit.PICOSECOND)));
        }
        return s;
    }

    @Override
    public Quantity wavelength() {
        throw unknown("wavelength");
    }

    @Override
    public void setPower(Quantity power) {
        request("averagePower", power);
    }

    @Override
    public Quantity power() {
        return requested("averagePower", Quantity.of(0, Unit.MICROWATT));
    }

    @Override
    public void setEnabled(boolean enabled) {
        if (!enabled && recording.timeBase().mode() == TagMode.T3) {
            throw new InstrumentException(name() + ": cannot switch off in replay; the recording is T3, so the "
                    + "pulsed laser drove the sync throughout");
        }
        request("enabled", enabled);
    }

    @Override
    public boolean enabled() {
        return recording.timeBase().mode() == TagMode.T3 || requested("enabled", false);
    }

    @Override
    public void setRepetitionRate(Quantity rate) {
        if (rate == null || rate.dimension() != Dimension.FREQUENCY) {
            throw new InstrumentException(name() + ": repetition rate must be given in "
                    + Unit.symbolsOf(Dimension.FREQUENCY) + ", got " + rate);
        }
        Quantity recorded = recordedRate();
        if (recorded != null && Math.abs(rate.in(Unit.HERTZ) / recorded.in(Unit.HERTZ) - 1) > RATE_TOLERANCE) {
            throw new InstrumentException(name() + ": repetition rate " + rate + " differs from the recorded sync "
                    + "rate of " + recorded.to(Unit.MEGAHERTZ) + "; a replay plays the file as recorded");
        }
        request("repetitionRate", rate);
    }

    @Override
    public Quantity repetitionRate() {
        Quantity recorded = recordedRate();
        if (recorded != null) {
            return recorded;
        }
        Quantity requested = requested("repetitionRate", null);
        if (requested == null) {
            throw unknown("repetition rate");
        }
        return requested;
    }

    @Override
    public Quantity pulseWidth() {
        throw unknown("pulse width");
    }

    /** The sync rate from the header, or from the T3 sync period when the header has none. */
    private Quantity recordedRate() {
        if (recording.syncRateHz().isPresent()) {
            return Quantity.of(recording.syncRateHz().get(), Unit.HERTZ);
        }
        if (recording.timeBase().mode() == TagMode.T3) {
            return Quantity.of(1e12 / recording.timeBase().globalResolutionPs(), Unit.HERTZ);
        }
        return null;
    }
}
