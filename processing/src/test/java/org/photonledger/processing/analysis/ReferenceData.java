package org.photonledger.processing.analysis;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The public reference files in {@code shared/reference-data}, found by walking up from the working
 * directory; tests that need them are skipped where they are absent. They are never copied into the repository.
 */
final class ReferenceData {

    private ReferenceData() {
    }

    static Optional<Path> directory() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared").resolve("reference-data");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    /** The file, or the test is skipped (not failed) because the reference data are not on this machine. */
    static Path require(String name) {
        Optional<Path> dir = directory();
        assumeTrue(dir.isPresent(), "shared/reference-data not found above " + Path.of("").toAbsolutePath());
        Path file = dir.get().resolve(name);
        assumeTrue(Files.isRegularFile(file), file + " is absent");
        return file;
    }

    /** The int64 / float64 arrays of a NumPy .npz archive (little-endian, C order), by name without ".npy". */
    static Map<String, double[]> npz(Path file) throws IOException {
        Map<String, double[]> arrays = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                byte[] bytes = zip.readAllBytes();
                arrays.put(entry.getName().replaceFirst("\\.npy$", ""), npy(bytes, entry.getName()));
            }
        }
        return arrays;
    }

    private static double[] npy(byte[] bytes, String name) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int major = bytes[6];
        int headerLength = major == 1 ? buffer.getShort(8) & 0xffff : buffer.getInt(8);
        int offset = major == 1 ? 10 : 12;
        String header = new String(bytes, offset, headerLength, StandardCharsets.ISO_8859_1);
        buffer.position(offset + headerLength);
        boolean int64 = header.contains("'<i8'");
        boolean float64 = header.contains("'<f8'");
        if (!int64 && !float64 || header.contains("'fortran_order': True")) {
            throw new IllegalArgumentException(name + ": unsupported array " + header.strip());
        }
        int n = (bytes.length - buffer.position()) / 8;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = int64 ? buffer.getLong() : buffer.getDouble();
        }
        return out;
    }
}
