package org.photonledger.acquisition.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.photonledger.acquisition.ptu.PtuRecordType;
import org.photonledger.acquisition.ptu.PtuWriter;

/**
 * Writes a large synthetic HydraHarp V2 T2 PTU file (two Poisson channels, 1 ps) for timing
 * {@code photonledger correlate}: {@code SyntheticPtuFile FILE TAGS [RATE_PER_CHANNEL]}.
 */
public final class SyntheticPtuFile {

    private SyntheticPtuFile() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: SyntheticPtuFile FILE TAGS [RATE_PER_CHANNEL (default 1e6)]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        long tags = Long.parseLong(args[1]);
        double rate = args.length > 2 ? Double.parseDouble(args[2]) : 1e6;
        long start = System.nanoTime();
        long records = PtuWriter.write(file, PtuRecordType.HYDRAHARP_V2_T2, new PoissonTags(1, rate, tags), List.of());
        System.out.printf("%s: %d tags, %d records, %d bytes, %.1f s%n", file, tags, records, Files.size(file),
                (System.nanoTime() - start) / 1e9);
    }
}
