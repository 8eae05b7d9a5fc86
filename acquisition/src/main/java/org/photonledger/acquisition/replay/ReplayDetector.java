package org.photonledger.acquisition.replay;

import java.util.ArrayList;
import java.util.List;
import org.photonledger.acquisition.instrument.PhotonDetector;
import org.photonledger.domain.measurement.Setting;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/** One input channel of the recording; its hardware settings come from the header where it has them. */
final class ReplayDetector extends AbsentInstrument implements PhotonDetector {

    private final Recording recording;
    private final int channel;
    private final int input;

    ReplayDetector(Recording recording, int input) {
        super("detector-" + (input + 1), "photon detector (recorded input)");
        this.recording = recording;
        this.input = input;
        this.channel = recording.recordType().minChannel() + input;
    }

    @Override
    List<Setting> recorded() {
        List<Setting> s = new ArrayList<>();
        s.add(Setting.of("channel", channel));
        recording.integer("TTResult_InputRate", input).ifPresent(r -> s.add(Setting.of("recorded.inputRate",
                Quantity.of(r, Unit.HERTZ))));
        recording.integer("HWInpChan_CFDLevel", input).ifPresent(v -> s.add(Setting.of("recorded.cfdLevel", v, "mV")));
        recording.integer("HWInpChan_CFDZeroCross", input).ifPresent(v -> s.add(Setting.of("recorded.cfdZeroCross", v,
                "mV")));
        recording.integer("HWInpChan_Offset", input).ifPresent(v -> s.add(Setting.of("recorded.offset", v, "ps")));
        return s;
    }

    @Override
    public int channel() {
        return channel;
    }
}
