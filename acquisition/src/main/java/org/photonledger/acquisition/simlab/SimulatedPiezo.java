package org.photonledger.acquisition.simlab;

import java.util.ArrayList;
import java.util.List;
import org.photonledger.acquisition.instrument.CavityPiezo;
import org.photonledger.domain.measurement.InstrumentSettings;
import org.photonledger.domain.measurement.Setting;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/** The simulated z piezo that sets the cavity's mirror separation; it reports the modes that length gives. */
final class SimulatedPiezo implements CavityPiezo {

    static final Quantity IDLE_LENGTH = Quantity.of(10, Unit.MICROMETRE);

    private final SimulatedLab lab;
    private final AllowedRange range;
    private Quantity length = IDLE_LENGTH;

    SimulatedPiezo(SimulatedLab lab, SetupModel.Lasers lasers) {
        this.lab = lab;
        this.range = new AllowedRange(name(), "length", lasers.piezoMin().in(Unit.MICROMETRE),
                lasers.piezoMax().in(Unit.MICROMETRE), Unit.MICROMETRE);
    }

    @Override
    public String name() {
        return "cavity-piezo";
    }

    @Override
    public InstrumentSettings settings() {
        List<Setting> s = new ArrayList<>();
        Quantity l = length();
        s.add(Setting.of("length", l));
        s.add(Setting.text("range", range.describe() + " " + Unit.MICROMETRE.symbol()));
        MicroCavity cavity = lab.cavity();
        if (cavity == null) {
            s.add(Setting.text("cavity", "none mounted (the piezo moves no mirror)"));
        } else {
            for (MicroCavity.Mode mode : cavity.modes(l.in(Unit.MICROMETRE))) {
                s.add(Setting.of("resonance.q" + mode.index(), Quantity.of(mode.wavelengthNm(), Unit.NANOMETRE)));
                s.add(Setting.of("modeFwhm.q" + mode.index(), Quantity.of(mode.fwhmNm(), Unit.NANOMETRE)));
            }
        }
        return new InstrumentSettings(name(), "cavity length piezo", "simulated NanoMax 300 z piezo", s);
    }

    @Override
    public synchronized void setLength(Quantity length) {
        range.check(length);
        this.length = length;
    }

    @Override
    public synchronized Quantity length() {
        return length;
    }

    synchronized void reset(Quantity home) {
        length = home;
    }
}
