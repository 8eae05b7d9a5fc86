package org.photonledger.acquisition.measurement;

import java.util.List;
import org.photonledger.acquisition.instrument.InstrumentSet;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/** The parameters and instrument set-up every plan shares: temperature, and which laser at which power. */
final class Excitation {

    static final ParameterSpec TEMPERATURE = new ParameterSpec("temperature", "Sample temperature", Unit.KELVIN, 295,
            3, 320, "4 K in the cryostat, 295 K in air (the paper's room-temperature source)");
    static final ParameterSpec REPETITION_RATE = new ParameterSpec("repetitionRate", "Laser repetition rate",
            Unit.MEGAHERTZ, 5, 1, 80, "pulsed 532 nm diode laser (the paper: 5 MHz, 50 ps pulses)");
    static final ParameterSpec POLARISER_ANGLE = new ParameterSpec("polariserAngle", "Polariser angle (−1: removed)",
            Unit.DEGREE, -1, -1, 360, "a linear polariser in detection at this angle; −1 takes it out of the path");

    private Excitation() {
    }

    static ParameterSpec power(double defaultMicrowatt) {
        return new ParameterSpec("power", "Excitation power", Unit.MICROWATT, defaultMicrowatt, 0.001, 10_000,
                "average 532 nm power at the sample");
    }

    static List<ParameterSpec> cw(double defaultMicrowatt) {
        return List.of(TEMPERATURE, power(defaultMicrowatt));
    }

    static List<ParameterSpec> pulsed(double defaultMicrowatt) {
        return List.of(TEMPERATURE, power(defaultMicrowatt), REPETITION_RATE);
    }

    static void cw(InstrumentSet set, PlanParameters p) {
        environment(set, p);
        set.pulsedLaser().setEnabled(false);
        set.cwLaser().setPower(p.quantity("power"));
        set.cwLaser().setEnabled(true);
    }

    static void pulsed(InstrumentSet set, PlanParameters p) {
        environment(set, p);
        set.cwLaser().setEnabled(false);
        set.pulsedLaser().setRepetitionRate(p.quantity("repetitionRate"));
        set.pulsedLaser().setPower(p.quantity("power"));
        set.pulsedLaser().setEnabled(true);
    }

    private static void environment(InstrumentSet set, PlanParameters p) {
        set.environment().setTemperature(p.quantity("temperature"));
        set.polariser().setInserted(false);
    }

    static void polariser(InstrumentSet set, double angleDeg) {
        if (angleDeg < 0) {
            set.polariser().setInserted(false);
        } else {
            set.polariser().setInserted(true);
            set.polariser().setAngle(Quantity.of(angleDeg, Unit.DEGREE));
        }
    }
}
