package org.photonledger.domain.measurement;

import java.util.List;
import java.util.Optional;

/** Every instrument of a set with all its settings, taken when a measurement starts. */
public record InstrumentSnapshot(String instrumentSet, List<InstrumentSettings> instruments) {

    public InstrumentSnapshot {
        instruments = List.copyOf(instruments);
    }

    public Optional<InstrumentSettings> instrument(String name) {
        return instruments.stream().filter(i -> i.instrument().equals(name)).findFirst();
    }

    /** A setting by instrument role and setting name. */
    public Optional<Setting> setting(String instrument, String name) {
        return instrument(instrument).flatMap(i -> i.setting(name));
    }
}
