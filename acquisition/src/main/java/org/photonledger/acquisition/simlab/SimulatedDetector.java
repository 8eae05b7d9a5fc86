package org.photonledger.acquisition.simlab;

import java.util.List;
import org.photonledger.acquisition.instrument.PhotonDetector;
import org.photonledger.domain.measurement.InstrumentSettings;
import org.photonledger.domain.measurement.Setting;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/** One simulated SPAD (paper: Excelitas SPCM-AQRH-14) behind the HBT beamsplitter. */
final class SimulatedDetector implements PhotonDetector {

    private final int channel;
    private final SetupModel.Detectors model;
    private final Quantity share;

    SimulatedDetector(int channel, SetupModel setup) {
        this.channel = channel;
        this.model = setup.detectors();
        double first = setup.optics().beamsplitterToFirst().in(Unit.ONE);
        this.share = Quantity.of(100 * (channel == 0 ? first : 1 - first), Unit.PERCENT);
    }

    @Override
    public String name() {
        return "spad-" + (channel + 1);
    }

    @Override
    public InstrumentSettings settings() {
        return new InstrumentSettings(name(), "single-photon avalanche diode", "simulated Excelitas SPCM-AQRH-14",
                List.of(Setting.of("channel", channel),
                        Setting.of("detectionEfficiencyAt650nm", model.efficiency()),
                        Setting.text("efficiencyCurve", "SPCM-AQRH data-sheet shape, relative to 650 nm"),
                        Setting.of("darkCountRate", model.darkCountRate()),
                        Setting.of("deadTime", model.deadTime()),
                        Setting.text("deadTimeModel", "non-paralysable"),
                        Setting.of("jitterFwhm", model.jitter()),
                        Setting.text("jitterModel", "Gaussian, cut at ±8σ"),
                        Setting.of("afterpulsingProbability", model.afterpulsing()),
                        Setting.of("afterpulseMeanDelay", model.afterpulseDelay()),
                        Setting.text("afterpulseDelayModel", "dead time + exponential"),
                        Setting.of("beamsplitterShare", share)));
    }

    @Override
    public int channel() {
        return channel;
    }
}
