package org.photonledger.domain.measurement;

import java.util.List;
import java.util.Optional;

/**
 * The full state of one instrument at one moment: its role in the set ("spad-1"), its kind ("single-photon
 * detector"), its make and model (or "simulated …"), and every setting and fixed property it has.
 */
public record InstrumentSettings(String instrument, String kind, String model, List<Setting> settings) {

    public InstrumentSettings {
        settings = List.copyOf(settings);
    }

    public Optional<Setting> setting(String name) {
        return settings.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
