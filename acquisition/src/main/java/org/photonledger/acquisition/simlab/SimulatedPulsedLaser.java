package org.photonledger.acquisition.simlab;

import java.util.List;
import org.photonledger.acquisition.instrument.PulsedLaser;
import org.photonledger.domain.measurement.InstrumentSettings;
import org.photonledger.domain.measurement.Setting;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/** The simulated 532 nm pulsed diode laser (paper: PicoQuant PDL 800-D, 5 MHz, 50 ps); it drives the tagger's sync. */
final class SimulatedPulsedLaser implements PulsedLaser {

    static final Quantity IDLE_POWER = Quantity.of(0.3, Unit.MICROWATT);
    static final Quantity IDLE_RATE = Quantity.of(5, Unit.MEGAHERTZ);

    private final AllowedRange powerRange;
    private final AllowedRange rateRange;
    private final Quantity wavelength;
    private final Quantity pulseWidth;
    private Quantity power = IDLE_POWER;
    private Quantity rate = IDLE_RATE;
    private boolean enabled;

    SimulatedPulsedLaser(SetupModel.Lasers lasers) {
        this.wavelength = lasers.wavelength();
        this.pulseWidth = lasers.pulseWidth();
        this.powerRange = new AllowedRange(name(), "average power", 0, lasers.pulsedMaxPower().in(Unit.MILLIWATT),
                Unit.MILLIWATT);
        this.rateRange = new AllowedRange(name(), "repetition rate", lasers.minRepetitionRate().in(Unit.MEGAHERTZ),
                lasers.maxRepetitionRate().in(Unit.MEGAHERTZ), Unit.MEGAHERTZ);
    }

    @Override
    public String name() {
        return "pulsed-laser";
    }

    @Override
    public synchronized InstrumentSettings settings() {
        return new InstrumentSettings(name(), "pulsed excitation laser",
                "simulated 532 nm pulsed diode laser (PicoQuant PDL 800-D type)",
                List.of(Setting.of("wavelength", wavelength), Setting.of("averagePower", power),
                        Setting.of("repetitionRate", rate), Setting.of("pulseWidth", pulseWidth),
                        Setting.of("enabled", enabled),
                        Setting.of("pulseEnergy", power.in(Unit.WATT) / rate.in(Unit.HERTZ) * 1e15, "fJ"),
                        Setting.text("powerRange", powerRange.describe() + " " + Unit.MILLIWATT.symbol()),
                        Setting.text("repetitionRateRange", rateRange.describe() + " " + Unit.MEGAHERTZ.symbol())));
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

    @Override
    public synchronized void setRepetitionRate(Quantity rate) {
        rateRange.check(rate);
        this.rate = rate;
    }

    @Override
    public synchronized Quantity repetitionRate() {
        return rate;
    }

    @Override
    public Quantity pulseWidth() {
        return pulseWidth;
    }

    synchronized void reset() {
        power = IDLE_POWER;
        rate = IDLE_RATE;
        enabled = false;
    }
}
