package org.photonledger.acquisition.measurement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.photonledger.acquisition.rawstore.RawStore;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.acquisition.timetag.TagSource;
import org.photonledger.acquisition.timetag.TimeBase;
import org.photonledger.domain.measurement.MeasurementId;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/** Leaves a raw-store temporary file as a killed process would: copied from a write in progress. */
final class LeftBehind {

    private LeftBehind() {
    }

    static void write(RawStore store, FakeLab lab, MeasurementId id, Path temporary) {
        Path copy = temporary.resolveSibling("crash-copy");
        TagSource inner = lab.timeTagger().acquire(Quantity.of(2, Unit.SECOND));
        TagSource watching = new TagSource() {
            private long seen;

            public TimeBase timeBase() {
                return inner.timeBase();
            }

            public boolean next(TagBlock block) {
                boolean more = inner.next(block);
                seen += block.size();
                if (seen >= 300_000 && !Files.exists(copy)) {
                    try {
                        Files.copy(temporary, copy);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return more;
            }
        };
        store.put(watching, id.value());
        try {
            Files.move(copy, temporary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
