package org.photonledger.acquisition.measurement;

import org.photonledger.acquisition.instrument.InstrumentSet;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.acquisition.timetag.TagSource;
import org.photonledger.domain.units.Quantity;

/** Photon counting with the time tagger for point-by-point plans (every detector channel summed). */
final class Counting {

    private Counting() {
    }

    static long photons(InstrumentSet set, Quantity dwell) {
        long n = 0;
        TagBlock block = new TagBlock();
        try (TagSource source = set.timeTagger().acquire(dwell)) {
            while (source.next(block)) {
                for (int i = 0; i < block.size(); i++) {
                    if (TagBlock.isPhoton(block.channels()[i])) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
