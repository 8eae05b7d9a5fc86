package org.photonledger.acquisition.simlab;

/** What the lasers do to the sample during an acquisition: nothing, a CW beam, or a pulse train. */
sealed interface Excitation {

    /** Both lasers off. */
    record Dark() implements Excitation {
    }

    /** The CW laser at this power at the sample (µW). */
    record Cw(double powerMicrowatt) implements Excitation {
    }

    /** The pulsed laser: average power at the sample (µW), repetition rate (Hz), pulse FWHM (ps). */
    record Pulsed(double powerMicrowatt, double repetitionRateHz, double pulseFwhmPs) implements Excitation {

        double periodPs() {
            return 1e12 / repetitionRateHz;
        }
    }

    default double powerMicrowatt() {
        return switch (this) {
            case Dark d -> 0;
            case Cw c -> c.powerMicrowatt();
            case Pulsed p -> p.powerMicrowatt();
        };
    }
}
