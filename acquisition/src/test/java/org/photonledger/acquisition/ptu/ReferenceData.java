package org.photonledger.acquisition.ptu;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The public example files in {@code shared/reference-data} (see its SOURCES.md), found by walking up from the
 * working directory; they are GPL-licensed and never copied into the repository, so tests that need them are
 * skipped where the folder is absent.
 */
public final class ReferenceData {

    private ReferenceData() {
    }

    /** The reference-data folder, or a skipped test if there is none. */
    public static Path folder() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared").resolve("reference-data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        assumeTrue(false, "no shared/reference-data folder above " + Path.of("").toAbsolutePath());
        return null;
    }

    /** A file in the reference-data folder, if the folder and the file are there (for tests that also run without). */
    public static Optional<Path> find(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("shared").resolve("reference-data").resolve(name);
            if (Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    /** A file in the reference-data folder, or a skipped test if it is missing. */
    public static Path file(String name) {
        Path file = folder().resolve(name);
        assumeTrue(Files.isRegularFile(file), "reference file " + file + " is missing");
        return file;
    }

    /** The int64 arrays of an .npz file (a zip of .npy files), by array name. */
    public static Map<String, long[]> npzInt64(Path npz) throws IOException {
        Map<String, long[]> arrays = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(npz))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName().replaceFirst("\\.npy$", "");
                arrays.put(name, npyInt64(readAll(zip), entry.getName()));
            }
        }
        return arrays;
    }

    private static final Pattern DESCR = Pattern.compile("'descr':\\s*'([^']*)'");
    private static final Pattern ORDER = Pattern.compile("'fortran_order':\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\((\\d+),?\\s*\\)");

    /** Parses a one-dimensional little-endian int64 .npy array (format versions 1 to 3). */
    static long[] npyInt64(byte[] bytes, String name) {
        if (bytes.length < 10 || (bytes[0] & 0xFF) != 0x93 || !new String(bytes, 1, 5, StandardCharsets.US_ASCII).equals("NUMPY")) {
            throw new IllegalArgumentException(name + " is not an .npy array");
        }
        int major = bytes[6];
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int headerLength = major == 1 ? Short.toUnsignedInt(buffer.getShort(8)) : buffer.getInt(8);
        int headerStart = major == 1 ? 10 : 12;
        String header = new String(bytes, headerStart, headerLength, StandardCharsets.ISO_8859_1);
        Matcher descr = DESCR.matcher(header);
        Matcher order = ORDER.matcher(header);
        Matcher shape = SHAPE.matcher(header);
        if (!descr.find() || !descr.group(1).equals("<i8") || !order.find() || !order.group(1).equals("False")
                || !shape.find()) {
            throw new IllegalArgumentException(name + " is not a one-dimensional little-endian int64 array: " + header);
        }
        int n = Integer.parseInt(shape.group(1));
        long[] values = new long[n];
        buffer.position(headerStart + headerLength);
        for (int i = 0; i < n; i++) {
            values[i] = buffer.getLong();
        }
        return values;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }
}
