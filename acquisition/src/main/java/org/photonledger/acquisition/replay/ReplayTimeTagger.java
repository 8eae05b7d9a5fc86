package org.photonledger.acquisition.replay;

import java.util.ArrayList;
import java.util.List;
import org.photonledger.acquisition.instrument.InstrumentException;
import org.photonledger.acquisition.instrument.TimeTagger;
import org.photonledger.acquisition.ptu.PtuReader;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.acquisition.timetag.TagSource;
import org.photonledger.acquisition.timetag.TimeBase;
import org.photonledger.domain.measurement.InstrumentSettings;
import org.photonledger.domain.measurement.Setting;
import org.photonledger.domain.units.Dimension;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/**
 * Plays a PTU file's tags as a time tagger would record them: each {@code acquire(duration)} returns the tags whose
 * times lie in the next {@code duration} of the file's own clock (the file's times are kept, not shifted), read
 * lazily from the file; after the last record it returns empty streams. Channel delays would change the recorded
 * times and are refused.
 *
 * <p>Acquisitions share one reader: reading an earlier acquisition's stream after a later one was started gives
 * only what the reader has not yet passed.
 */
final class ReplayTimeTagger implements TimeTagger {

    private final Recording recording;
    private PtuReader reader;
    private final TagBlock buffer = new TagBlock();
    private int position;
    private boolean ended;
    private long cursorPs;
    private long acquisitions;

    ReplayTimeTagger(Recording recording) {
        this.recording = recording;
    }

    @Override
    public String name() {
        return "time-tagger";
    }

    @Override
    public synchronized InstrumentSettings settings() {
        List<Setting> s = new ArrayList<>();
        s.add(Setting.text("source", "replay of a PTU file"));
        s.add(Setting.text("file", recording.file().toAbsolutePath().toString()));
        s.add(Setting.text("sha256", recording.sha256()));
        s.add(Setting.of("bytes", recording.bytes()));
        s.add(Setting.text("ptu.version", recording.header().version()));
        s.add(Setting.text("ptu.recordType", recording.recordType().label()));
        s.add(Setting.text("mode", recording.timeBase().mode().name()));
        s.add(Setting.of("ptu.globalResolution", Quantity.of(recording.timeBase().globalResolutionPs(),
                Unit.PICOSECOND)));
        s.add(Setting.of("ptu.resolution", Quantity.of(recording.timeBase().resolutionPs(), Unit.PICOSECOND)));
        s.add(Setting.of("ptu.records", recording.records()));
        recording.integer("MeasDesc_AcquisitionTime").ifPresent(ms -> s.add(Setting.of("ptu.acquisitionTime",
                Quantity.of(ms, Unit.MILLISECOND))));
        recording.syncRateHz().ifPresent(r -> s.add(Setting.of("ptu.syncRate", Quantity.of(r, Unit.HERTZ))));
        for (int i = 0; i < recording.inputChannels(); i++) {
            int input = i;
            recording.integer("TTResult_InputRate", i).ifPresent(r -> s.add(Setting.of("ptu.inputRate." + input,
                    Quantity.of(r, Unit.HERTZ))));
        }
        recording.text("HW_Type").ifPresent(v -> s.add(Setting.text("ptu.hardware", v)));
        recording.text("HW_SerialNo").ifPresent(v -> s.add(Setting.text("ptu.serialNo", v)));
        recording.text("CreatorSW_Name").ifPresent(v -> s.add(Setting.text("ptu.software", v)));
        recording.text("File_CreatingTime").ifPresent(v -> s.add(Setting.text("ptu.created", v)));
        recording.text("File_Comment").ifPresent(v -> s.add(Setting.text("ptu.comment", v)));
        s.add(Setting.of("cursor", Quantity.of(cursorPs, Unit.PICOSECOND)));
        s.add(Setting.of("acquisitionsSoFar", acquisitions));
        s.add(Setting.of("ended", ended));
        return new InstrumentSettings(name(), "time tagger", "replay of " + recording.recordType().label()
                + " recording" + recording.text("HW_Type").map(h -> " (" + h + ")").orElse(""), s);
    }

    @Override
    public void setChannelDelay(int channel, Quantity delay) {
        throw new InstrumentException(name() + ": channel delays cannot be changed in replay; the recorded times "
                + "are played as they are (asked: channel " + channel + ", " + delay + ")");
    }

    @Override
    public synchronized TagSource acquire(Quantity duration) {
        if (duration == null || duration.dimension() != Dimension.TIME || !(duration.value() > 0)) {
            throw new InstrumentException(name() + ": acquisition time must be a positive time in "
                    + Unit.symbolsOf(Dimension.TIME) + ", got " + duration);
        }
        long from = cursorPs;
        long to = from + Math.max(1, Math.round(duration.in(Unit.PICOSECOND)));
        cursorPs = to;
        acquisitions++;
        return new Window(from, to);
    }

    /** Copies the buffered tags with times in [from, to) into the block; false when none are left there. */
    private synchronized boolean fill(TagBlock block, long from, long to) {
        block.clear();
        while (!block.isFull()) {
            if (position == buffer.size() && !refill()) {
                break;
            }
            long t = buffer.times()[position];
            if (t >= to) {
                break;
            }
            if (t >= from) {
                block.addFrom(buffer, position);
            }
            position++;
        }
        return block.size() > 0;
    }

    private boolean refill() {
        if (ended) {
            return false;
        }
        if (reader == null) {
            reader = PtuReader.open(recording.file());
        }
        position = 0;
        if (!reader.next(buffer)) {
            ended = true;
            reader.close();
            return false;
        }
        return true;
    }

    synchronized void close() {
        if (reader != null && !ended) {
            reader.close();
            ended = true;
        }
    }

    /** One acquisition's window of the file. */
    private final class Window implements TagSource {

        private final long from;
        private final long to;

        Window(long from, long to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public TimeBase timeBase() {
            return recording.timeBase();
        }

        @Override
        public boolean next(TagBlock block) {
            return fill(block, from, to);
        }
    }
}
