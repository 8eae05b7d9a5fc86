package org.photonledger.acquisition.simlab;

import java.util.List;
import org.photonledger.acquisition.instrument.ExcitationLaser;
import org.photonledger.domain.measurement.InstrumentSettings;
import org.photonledger.domain.measurement.Setting;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/** The simulated 532 nm CW DPSS laser (paper: Oxxius), 0–10 mW at the sample. */
final class SimulatedCwLaser implements ExcitationLaser {

    static final Quantity IDLE_POWER = Quantity.of(1, Unit.MICROWATT);

    private final AllowedRange powerRange;
    private final Quantity wavelength;
    private Quantity power = IDLE_POWER;
    private boolean enabled;

    SimulatedCwLaser(SetupModel.Lasers lasers) {
        this.wavelength = lasers.wavelength();
        this.powerRange = new AllowedRange(name(), "power", 0, lasers.cwMaxPower().in(Unit.MILLIWATT), Unit.MILLIWATT);
    }

    @Override
    public String name() {
        return "cw-laser";
    }

    @Override
    public InstrumentSettings settings() {
        return new InstrumentSettings(name(), "CW excitation laser", "simulated 532 nm CW DPSS laser (Oxxius type)",
                List.of(Setting.of("wavelength", wavelength), Setting.of("power", power),
                        Setting.of("enabled", enabled),
                        Setting.text("powerRange", powerRange.describe() + " " + Unit.MILLIWATT.symbol())));
    }

    @Override
    public Quantity wavelength() {
        return wavelength;
    }

    @Override
    public synchronized void setPower(Quantity power) {
        powerRange.check(power);
        this.power = power;
    }

    @Override
    public synchronized Quantity power() {
        return power;
    }

    @Override
    public synchronized void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public synchronized boolean enabled() {
        return enabled;
    }

    synchronized void reset() {
        power = IDLE_POWER;
        enabled = false;
    }
}
