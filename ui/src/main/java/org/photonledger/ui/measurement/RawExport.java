package org.photonledger.ui.measurement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.photonledger.acquisition.ptu.PtuRecordType;
import org.photonledger.acquisition.ptu.PtuTag;
import org.photonledger.acquisition.ptu.PtuValue;
import org.photonledger.acquisition.ptu.PtuWriter;
import org.photonledger.acquisition.rawstore.RawDataId;
import org.photonledger.acquisition.rawstore.RawTagReader;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.acquisition.timetag.TagMode;
import org.photonledger.acquisition.timetag.TagSource;
import org.photonledger.acquisition.timetag.TimeBase;
import org.photonledger.processing.measurement.MeasurementRow;

/**
 * Exports a run's stored time tags as a PicoQuant PTU file (MultiHarp T2 or T3 records, PicoQuant's generic format).
 * T3 delays whose unit is too fine for the 15-bit dtime field (1 ps over a 200 ns period) are re-binned to the finest
 * unit that fits; the header says so, and the stored data itself is never changed.
 */
@ApplicationScoped
public class RawExport {

    private static final int MAX_DTIME = (1 << 15) - 1;

    @Inject
    MeasurementService service;

    /** Writes the PTU file to a temporary file and returns it; the caller deletes it after sending. */
    public Path ptu(MeasurementRow row) {
        try {
            Path out = Files.createTempFile("photonledger-" + row.id(), ".ptu");
            Files.delete(out);
            try (RawTagReader reader = service.rawStore().open(new RawDataId(row.rawSha256()))) {
                TimeBase base = reader.timeBase();
                List<PtuTag> tags = List.of(PtuTag.of("File_Comment", new PtuValue.AnsiString("PhotonLedger measurement "
                        + row.id() + " (" + row.type() + "), raw data sha256 " + row.rawSha256())));
                if (base.mode() == TagMode.T2) {
                    PtuWriter.write(out, PtuRecordType.MULTIHARP_T2, reader, tags);
                } else {
                    long maxDtime = (long) Math.ceil(base.globalResolutionPs() / base.resolutionPs());
                    int factor = (int) Math.max(1, (maxDtime + MAX_DTIME - 1) / MAX_DTIME);
                    PtuWriter.write(out, PtuRecordType.MULTIHARP_T3, factor == 1 ? reader : rebinned(reader, factor),
                            tags);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PTU export of " + row.id() + ": " + e.getMessage(), e);
        }
    }

    /** T3 tags with dtimes in units {@code factor} times coarser (times follow from the coarser dtimes). */
    private static TagSource rebinned(TagSource source, int factor) {
        TimeBase base = source.timeBase();
        TimeBase coarse = TimeBase.t3(base.globalResolutionPs(), base.resolutionPs() * factor);
        return new TagSource() {
            @Override
            public TimeBase timeBase() {
                return coarse;
            }

            @Override
            public boolean next(TagBlock block) {
                if (!source.next(block)) {
                    return false;
                }
                for (int i = 0; i < block.size(); i++) {
                    int dtime = block.dtimes()[i];
                    if (dtime >= 0) {
                        int d = dtime / factor;
                        block.dtimes()[i] = d;
                        block.times()[i] = coarse.t3TimePs(block.syncs()[i], d);
                    }
                }
                return true;
            }

            @Override
            public void close() {
                source.close();
            }
        };
    }
}
