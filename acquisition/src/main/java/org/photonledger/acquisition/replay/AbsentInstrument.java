package org.photonledger.acquisition.replay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.photonledger.acquisition.instrument.Instrument;
import org.photonledger.acquisition.instrument.InstrumentException;
import org.photonledger.domain.measurement.InstrumentSettings;
import org.photonledger.domain.measurement.Setting;
import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.units.Quantity;

/**
 * An instrument of a replay that the PTU file does not describe. It accepts settings that cannot change the recorded
 * data and reports them as requested but not applied; a fixed property the file does not record cannot be read
 * ({@link #unknown}).
 */
abstract class AbsentInstrument implements Instrument {

    private final String name;
    private final String kind;
    private final Map<String, Object> requested = new LinkedHashMap<>();

    AbsentInstrument(String name, String kind) {
        this.name = name;
        this.kind = kind;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized InstrumentSettings settings() {
        List<Setting> s = new ArrayList<>();
        s.add(Setting.text("present", "not present in replay"));
        s.add(Setting.text("note", "the data come from the recorded file; requested settings are kept, not applied"));
        s.addAll(recorded());
        requested.forEach((setting, value) -> {
            String n = "requested." + setting;
            switch (value) {
                case Quantity q -> s.add(Setting.of(n, q));
                case Boolean b -> s.add(Setting.of(n, b));
                case PlanePosition p -> {
                    s.add(Setting.of(n + ".x", p.x()));
                    s.add(Setting.of(n + ".y", p.y()));
                }
                default -> s.add(Setting.text(n, String.valueOf(value)));
            }
        });
        return new InstrumentSettings(name, kind, "replay (not present)", s);
    }

    /** What the recording says about this instrument, if anything. */
    List<Setting> recorded() {
        return List.of();
    }

    synchronized void request(String setting, Object value) {
        if (value == null) {
            throw new InstrumentException(name + ": " + setting + " is required");
        }
        requested.put(setting, value);
    }

    @SuppressWarnings("unchecked")
    synchronized <T> T requested(String setting, T otherwise) {
        return (T) requested.getOrDefault(setting, otherwise);
    }

    InstrumentException unknown(String what) {
        return new InstrumentException(name + ": " + what + " is not known in replay; the PTU file does not record it");
    }
}
