package org.photonledger.acquisition.replay;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.photonledger.acquisition.ptu.PtuHeader;
import org.photonledger.acquisition.ptu.PtuReader;
import org.photonledger.acquisition.ptu.PtuRecordType;
import org.photonledger.acquisition.ptu.PtuValue;
import org.photonledger.acquisition.timetag.TimeBase;

/**
 * What a replay knows about its PTU file: where it is, its SHA-256 (of every byte, header included), its header and
 * the values that describe the recording.
 *
 * @param file       the PTU file
 * @param sha256     hex SHA-256 of the whole file
 * @param bytes      file size
 * @param header     the parsed header
 * @param recordType the record format
 * @param timeBase   how its tags' times are derived
 * @param records    records (tags and overflows) the header announces
 */
record Recording(Path file, String sha256, long bytes, PtuHeader header, PtuRecordType recordType, TimeBase timeBase,
        long records) {

    static Recording of(Path file) {
        PtuRecordType type;
        TimeBase timeBase;
        long records;
        PtuHeader header;
        try (PtuReader reader = PtuReader.open(file)) {
            header = reader.header();
            type = reader.recordType();
            timeBase = reader.timeBase();
            records = reader.records();
        }
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            long bytes = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                bytes += n;
            }
            return new Recording(file, HexFormat.of().formatHex(digest.digest()), bytes, header, type, timeBase,
                    records);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** An integer header value (Int8), if present. */
    Optional<Long> integer(String name) {
        return header.find(name).map(t -> t.value() instanceof PtuValue.Int8 i ? i.value() : null);
    }

    /** An integer header value with an index, if present. */
    Optional<Long> integer(String name, int index) {
        return header.find(name, index).map(t -> t.value() instanceof PtuValue.Int8 i ? i.value() : null);
    }

    Optional<String> text(String name) {
        return header.find(name).map(t -> switch (t.value()) {
            case PtuValue.AnsiString s -> s.value();
            case PtuValue.WideString s -> s.value();
            case PtuValue.DateTime d -> d.instant().toString();
            default -> null;
        });
    }

    /** The sync rate the hardware measured (TTResult_SyncRate), in Hz, if recorded and positive. */
    Optional<Long> syncRateHz() {
        return integer("TTResult_SyncRate").filter(r -> r > 0);
    }

    /** Photon input channels: HW_InpChannels, or 2 when the header does not say. */
    int inputChannels() {
        return (int) Math.max(1, Math.min(64, integer("HW_InpChannels").orElse(2L)));
    }
}
