package org.photonledger.acquisition.simlab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.photonledger.acquisition.instrument.InstrumentException;
import org.photonledger.acquisition.instrument.TimeTagger;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.acquisition.timetag.TagSource;
import org.photonledger.domain.measurement.InstrumentSettings;
import org.photonledger.domain.measurement.Setting;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/**
 * The simulated time tagger (paper: Swabian Time Tagger 20): 1 ps time stamps, T2 with the pulsed laser off, T3
 * with it on (sync period = laser period, sync implicit in each tag, dtime unit from
 * {@link SimulatedLab#dtimeUnitPs}); channel delays for channels 0, 1 and the sync ({@link TagBlock#SYNC}).
 */
final class SimulatedTimeTagger implements TimeTagger {

    private final SimulatedLab lab;
    private final SetupModel.Tagger model;
    private final AllowedRange delayRange;
    private final AllowedRange durationRange;
    private final long[] delaysPs = new long[3];

    SimulatedTimeTagger(SimulatedLab lab, SetupModel.Tagger model) {
        this.lab = lab;
        this.model = model;
        double max = model.maxDelay().in(Unit.NANOSECOND);
        this.delayRange = new AllowedRange(name(), "channel delay", -max, max, Unit.NANOSECOND);
        this.durationRange = new AllowedRange(name(), "acquisition time", 1e-6, model.maxDuration().in(Unit.SECOND),
                Unit.SECOND);
    }

    @Override
    public String name() {
        return "time-tagger";
    }

    @Override
    public InstrumentSettings settings() {
        List<Setting> s = new ArrayList<>(List.of(
                Setting.of("resolution", model.resolution()),
                Setting.of("rmsJitter", model.rmsJitter()),
                Setting.of("maxSustainedRate", model.maxRate()),
                Setting.of("maxChannelDelay", model.maxDelay()),
                Setting.of("maxAcquisitionTime", model.maxDuration()),
                Setting.text("overflowPolicy", "an acquisition whose expected tag rate exceeds the sustained maximum"
                        + " is refused"),
                Setting.text("mode", lab.pulsedMode() ? "T3" : "T2")));
        if (lab.pulsedMode()) {
            double period = 1e12 / lab.pulsedLaser().repetitionRate().in(Unit.HERTZ);
            s.add(Setting.of("syncPeriod", Quantity.of(period, Unit.PICOSECOND)));
            s.add(Setting.of("dtimeUnit", Quantity.of(SimulatedLab.dtimeUnitPs(period, model.resolution()
                    .in(Unit.PICOSECOND)), Unit.PICOSECOND)));
        }
        long[] delays = delays();
        s.add(Setting.of("delay.sync", Quantity.of(delays[0], Unit.PICOSECOND)));
        s.add(Setting.of("delay.ch0", Quantity.of(delays[1], Unit.PICOSECOND)));
        s.add(Setting.of("delay.ch1", Quantity.of(delays[2], Unit.PICOSECOND)));
        s.add(Setting.of("labClock", lab.clock()));
        s.add(Setting.of("acquisitionsSoFar", lab.events()));
        return new InstrumentSettings(name(), "time tagger", "simulated Swabian Instruments Time Tagger 20", s);
    }

    @Override
    public synchronized void setChannelDelay(int channel, Quantity delay) {
        if (channel != TagBlock.SYNC && channel != 0 && channel != 1) {
            throw new InstrumentException(name() + ": channel " + channel + " does not exist; channels are "
                    + TagBlock.SYNC + " (sync), 0 and 1");
        }
        double ns = delayRange.check(delay);
        delaysPs[channel + 1] = Math.round(ns * 1000);
    }

    @Override
    public TagSource acquire(Quantity duration) {
        double seconds = durationRange.check(duration);
        long[] delays = delays();
        return lab.acquireTags(Math.round(seconds * 1e12), new long[] {delays[1], delays[2]}, delays[0]);
    }

    synchronized long[] delays() {
        return delaysPs.clone();
    }

    synchronized void reset() {
        Arrays.fill(delaysPs, 0);
    }
}
