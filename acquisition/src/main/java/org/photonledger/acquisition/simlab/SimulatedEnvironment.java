package org.photonledger.acquisition.simlab;

import java.util.List;
import org.photonledger.acquisition.instrument.InstrumentException;
import org.photonledger.acquisition.instrument.SampleEnvironment;
import org.photonledger.domain.measurement.InstrumentSettings;
import org.photonledger.domain.measurement.Setting;
import org.photonledger.domain.units.Dimension;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/**
 * The simulated sample environment with the two set points the paper uses: a cryostat at 4 K (in vacuum) and the
 * open lab at room temperature (in air). The dots' physics is modelled only at these two temperatures, so other
 * values are refused rather than guessed.
 */
final class SimulatedEnvironment implements SampleEnvironment {

    private static final double TOLERANCE_K = 0.5;

    private final DotModel dots;
    private Quantity temperature;

    SimulatedEnvironment(DotModel dots) {
        this.dots = dots;
        this.temperature = dots.roomTemperature().temperature();
    }

    @Override
    public String name() {
        return "environment";
    }

    @Override
    public synchronized InstrumentSettings settings() {
        return new InstrumentSettings(name(), "sample environment", "simulated cryostat / open lab",
                List.of(Setting.of("temperature", temperature),
                        Setting.text("atmosphere", cold() ? "vacuum (cryostat)" : "air"),
                        Setting.text("setPoints", dots.cryogenic().temperature() + " or "
                                + dots.roomTemperature().temperature())));
    }

    @Override
    public synchronized void setTemperature(Quantity temperature) {
        if (temperature == null || temperature.dimension() != Dimension.TEMPERATURE) {
            throw new InstrumentException(name() + ": temperature must be given in "
                    + Unit.symbolsOf(Dimension.TEMPERATURE) + ", got " + temperature);
        }
        double k = temperature.in(Unit.KELVIN);
        if (Math.abs(k - dots.cryogenic().temperature().in(Unit.KELVIN)) <= TOLERANCE_K) {
            this.temperature = dots.cryogenic().temperature();
        } else if (Math.abs(k - dots.roomTemperature().temperature().in(Unit.KELVIN)) <= TOLERANCE_K) {
            this.temperature = dots.roomTemperature().temperature();
        } else {
            throw new InstrumentException(name() + ": temperature " + temperature + " is not a set point; allowed "
                    + dots.cryogenic().temperature() + " (cryostat) or " + dots.roomTemperature().temperature()
                    + " (room temperature, in air)");
        }
    }

    @Override
    public synchronized Quantity temperature() {
        return temperature;
    }

    synchronized boolean cold() {
        return temperature.equals(dots.cryogenic().temperature());
    }

    synchronized void reset() {
        temperature = dots.roomTemperature().temperature();
    }
}
