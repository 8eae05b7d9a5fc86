package org.photonledger.ui.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.photonledger.acquisition.rawstore.RawDataId;
import org.photonledger.acquisition.rawstore.RawStore;
import org.photonledger.domain.measurement.RawDataRecorded;
import org.photonledger.processing.audit.ChainVerification;
import org.photonledger.processing.audit.EventChainVerifier;
import org.photonledger.ui.axon.EmbeddedDatabase;

/**
 * Backup and restore of an embedded installation: a transactionally consistent snapshot of the H2 database (event
 * store, chain head, processor tokens and read models together) and the raw-data directory, in one zip with a
 * {@link BackupManifest}; and its restore into an empty data directory, which proves every file against the manifest
 * and the event hash chain against the chain head before anything is put in place.
 */
public final class LedgerBackup {

    static final String MANIFEST = "manifest.json";
    static final String DATABASE = "db/photonledger.mv.db";
    private static final String RAW = "raw/";
    /** Where a restore builds the data directory until everything is verified. */
    static final String STAGING = ".restoring";
    private static final Pattern SAFE_RAW_PATH = Pattern.compile("raw(/[A-Za-z0-9][A-Za-z0-9._-]{0,199}){1,4}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private LedgerBackup() {
    }

    /** A backup written: where, what it holds, its snapshot's chain check, its size and how long it took. */
    public record Created(Path file, BackupManifest manifest, ChainVerification chain, long zipBytes, long millis) {
    }

    /** A restore done: where, from what, the restored chain check, raw files events refer to, how long it took. */
    public record Restored(Path dataDir, BackupManifest manifest, ChainVerification chain, int rawReferenced,
            long millis) {
    }

    /** The backup does not hold what its manifest says, or what it holds does not verify; nothing was restored. */
    public static final class VerificationFailed extends Exception {
        VerificationFailed(String message) {
            super(message);
        }
    }

    /**
     * Writes a backup of the embedded installation in {@code dataDir} to {@code out} (which must not exist). Works
     * while the application runs. The zip is written next to {@code out} and renamed into place when complete.
     *
     * @throws IllegalArgumentException when there is no embedded database or {@code out} exists
     */
    public static Created create(Path dataDir, Path out) throws IOException, SQLException {
        long t0 = System.nanoTime();
        if (!Files.isRegularFile(EmbeddedDatabase.file(dataDir))) {
            throw new IllegalArgumentException("no embedded database at " + EmbeddedDatabase.file(dataDir).toAbsolutePath()
                    + " (give the data directory with --data DIR)");
        }
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new IllegalArgumentException("--out " + out + " exists; a backup never overwrites a file, choose "
                    + "another name");
        }
        Files.createDirectories(target.getParent());
        Path work = Files.createTempDirectory(target.getParent(), ".photonledger-backup-");
        try {
            // The order is what makes the backup consistent. The database is snapshotted first, in one step: H2's
            // BACKUP copies the store as of one moment, so events, chain head, processor tokens and read models agree
            // with each other (a projection's rows and its token commit together). Raw files are copied afterwards.
            // A raw file is written completely (forced to disk, atomically renamed under its content hash) before
            // the event that refers to it is recorded, and is never changed or deleted after that. So every file an
            // event in the snapshot refers to already exists, complete, when the copy runs. Files written after the
            // snapshot may be copied too; nothing refers to them, as after a crash, and they do no harm. The other
            // order could miss the file of a run that ends between the two steps.
            Instant snapshotAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            Path snapshotDir = work.resolve("db");
            snapshot(dataDir, work, snapshotDir);
            DataSource snapshot = EmbeddedDatabase.dataSource(EmbeddedDatabase.privateUrl(snapshotDir, true),
                    EmbeddedDatabase.USER, "");
            StoreState state = StoreState.read(snapshot);
            ChainVerification chain = new EventChainVerifier(snapshot).verify();

            Path partial = work.resolve("backup.zip");
            List<BackupManifest.FileEntry> files = new ArrayList<>();
            int rawFiles = 0;
            long rawBytes = 0;
            BackupManifest manifest;
            try (OutputStream file = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW);
                    ZipOutputStream zip = new ZipOutputStream(file)) {
                files.add(add(zip, snapshotDir.resolve("photonledger.mv.db"), DATABASE));
                // raw data is compressed already (tags) or small (tables): the fastest level is enough
                zip.setLevel(Deflater.BEST_SPEED);
                for (Path raw : rawFiles(dataDir.resolve("raw"))) {
                    BackupManifest.FileEntry entry = add(zip, raw, RAW + slashes(dataDir.resolve("raw").relativize(raw)));
                    files.add(entry);
                    rawFiles++;
                    rawBytes += entry.bytes();
                }
                manifest = new BackupManifest(BackupManifest.FORMAT, snapshotAt.toString(), state.events(),
                        state.headIndex(), state.chainedEvents(), state.chainHeadHash(), rawFiles, rawBytes, files);
                zip.setLevel(Deflater.DEFAULT_COMPRESSION);
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(manifest.toJson());
                zip.closeEntry();
            }
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return new Created(target, manifest, chain, Files.size(target), (System.nanoTime() - t0) / 1_000_000);
        } finally {
            deleteTree(work);
        }
    }

    /** H2's online backup of the database (through the running application, if there is one) into {@code into}. */
    private static void snapshot(Path dataDir, Path work, Path into) throws IOException, SQLException {
        Path h2zip = work.resolve("h2-backup.zip");
        try (Connection c = EmbeddedDatabase.dataSource(EmbeddedDatabase.sharedUrl(dataDir), EmbeddedDatabase.USER, "")
                .getConnection(); Statement s = c.createStatement()) {
            s.execute("BACKUP TO '" + h2zip.toAbsolutePath().toString().replace("'", "''") + "'");
        }
        Files.createDirectories(into);
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(h2zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("photonledger.mv.db")) {
                    Files.copy(in, into.resolve("photonledger.mv.db"));
                    found = true;
                }
            }
        }
        if (!found) {
            throw new IOException("H2's backup of " + dataDir + " holds no photonledger.mv.db");
        }
    }

    /** The raw-data store's files in a stable order, without temporaries of writes in progress. */
    private static List<Path> rawFiles(Path rawDir) throws IOException {
        if (!Files.isDirectory(rawDir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(rawDir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith(".incoming-"))
                    .sorted(Comparator.comparing(p -> slashes(rawDir.relativize(p))))
                    .toList();
        }
    }

    private static BackupManifest.FileEntry add(ZipOutputStream zip, Path file, String name) throws IOException {
        MessageDigest sha = sha256();
        long bytes = 0;
        zip.putNextEntry(new ZipEntry(name));
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
                zip.write(buffer, 0, n);
                bytes += n;
            }
        }
        zip.closeEntry();
        return new BackupManifest.FileEntry(name, bytes, HexFormat.of().formatHex(sha.digest()));
    }

    /**
     * Restores a backup into {@code dataDir}, which must be empty or not exist. Every file is checked against the
     * manifest, the restored event chain is recomputed and compared with the manifest, and every raw file an event
     * refers to must be there; only then are the database and raw data moved into place. On any failure the
     * directory is left as empty as it was.
     *
     * @throws IllegalArgumentException when the file is not a backup or {@code dataDir} is not empty
     * @throws VerificationFailed       when the backup's content does not verify
     */
    public static Restored restore(Path from, Path dataDir) throws IOException, SQLException, VerificationFailed {
        long t0 = System.nanoTime();
        if (!Files.isRegularFile(from)) {
            throw new IllegalArgumentException("--from " + from + ": no such file");
        }
        Path target = dataDir.toAbsolutePath().normalize();
        boolean created = !Files.exists(target);
        if (!created) {
            if (!Files.isDirectory(target)) {
                throw new IllegalArgumentException("--data " + dataDir + " is a file, not a directory");
            }
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
                if (entries.iterator().hasNext()) {
                    throw new IllegalArgumentException("--data " + dataDir + " is not empty; a restore goes into an "
                            + "empty or new directory only, so it never overwrites or mixes with existing data");
                }
            }
        }
        ZipFile zip;
        try {
            zip = new ZipFile(from.toFile());
        } catch (ZipException e) {
            throw new IllegalArgumentException(from + " is not a PhotonLedger backup (not a zip file: " + e.getMessage()
                    + ")");
        }
        Files.createDirectories(target);
        Path staging = target.resolve(STAGING);
        boolean done = false;
        try (zip) {
            BackupManifest manifest = manifest(zip, from);
            unpack(zip, manifest, staging);
            Path stagedDb = staging.resolve("db");
            ChainVerification chain;
            int referenced;
            // one connection held open for the whole check, so the database is opened (and recovered) once and is
            // closed, with every change on file, before it is moved
            DataSource restored = EmbeddedDatabase.dataSource(EmbeddedDatabase.privateUrl(stagedDb, false),
                    EmbeddedDatabase.USER, "");
            try (Connection keepOpen = restored.getConnection()) {
                chain = new EventChainVerifier(restored).verify();
                if (!chain.intact()) {
                    throw new VerificationFailed("the restored event chain is " + chain.describe());
                }
                StoreState state = StoreState.read(restored);
                if (state.events() != manifest.events() || state.headIndex() != manifest.headGlobalIndex()
                        || !state.chainHeadHash().equals(manifest.chainHeadHash())) {
                    throw new VerificationFailed("the restored event store holds " + state.events()
                            + " events up to global index " + state.headIndex() + " with chain head "
                            + state.chainHeadHash() + "; the manifest says " + manifest.events() + " up to "
                            + manifest.headGlobalIndex() + " with " + manifest.chainHeadHash());
                }
                referenced = checkRawReferences(keepOpen, new RawStore(staging.resolve("raw")));
                releaseClaims(keepOpen);
            }
            Files.createDirectories(staging.resolve("raw"));
            Files.move(stagedDb, target.resolve("db"), StandardCopyOption.ATOMIC_MOVE);
            Files.move(staging.resolve("raw"), target.resolve("raw"), StandardCopyOption.ATOMIC_MOVE);
            Files.delete(staging);
            done = true;
            return new Restored(target, manifest, chain, referenced, (System.nanoTime() - t0) / 1_000_000);
        } finally {
            if (!done) {
                // the directory was empty (or absent) before: everything in it now came from this restore
                deleteTree(staging);
                deleteTree(target.resolve("db"));
                deleteTree(target.resolve("raw"));
                if (created) {
                    Files.deleteIfExists(target);
                }
            }
        }
    }

    private static BackupManifest manifest(ZipFile zip, Path from) throws IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw new IllegalArgumentException(from + " is not a PhotonLedger backup (it has no " + MANIFEST + ")");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return BackupManifest.fromJson(in.readAllBytes());
        }
    }

    /** Writes every file the manifest lists into {@code staging}, checking size and SHA-256 as it goes. */
    private static void unpack(ZipFile zip, BackupManifest manifest, Path staging) throws IOException,
            VerificationFailed {
        Set<String> listed = new HashSet<>();
        for (BackupManifest.FileEntry f : manifest.files()) {
            if (!DATABASE.equals(f.path()) && !(SAFE_RAW_PATH.matcher(f.path()).matches() && !f.path().contains(".."))) {
                throw new VerificationFailed("the manifest lists '" + f.path() + "', which is neither the database ("
                        + DATABASE + ") nor a raw-data file under raw/");
            }
            if (!listed.add(f.path())) {
                throw new VerificationFailed("the manifest lists '" + f.path() + "' twice");
            }
            ZipEntry entry = zip.getEntry(f.path());
            if (entry == null) {
                throw new VerificationFailed(f.path() + " is listed in the manifest but missing from the backup");
            }
            Path file = staging.resolve(f.path());
            Files.createDirectories(file.getParent());
            MessageDigest sha = sha256();
            long bytes = 0;
            try (InputStream in = zip.getInputStream(entry);
                    OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    sha.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                    bytes += n;
                }
            } catch (ZipException e) {
                throw new VerificationFailed(f.path() + " is damaged in the backup: " + e.getMessage());
            }
            String actual = HexFormat.of().formatHex(sha.digest());
            if (bytes != f.bytes() || !actual.equals(f.sha256())) {
                throw new VerificationFailed(f.path() + " differs from the manifest: " + bytes + " bytes with sha256 "
                        + actual + ", expected " + f.bytes() + " bytes with sha256 " + f.sha256());
            }
        }
        if (!listed.contains(DATABASE)) {
            throw new VerificationFailed("the backup's manifest lists no database (" + DATABASE + ")");
        }
        var entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            if (!e.isDirectory() && !MANIFEST.equals(e.getName()) && !listed.contains(e.getName())) {
                throw new VerificationFailed("the backup holds " + e.getName() + ", which its manifest does not list");
            }
        }
    }

    /** Every raw file a RawDataRecorded event refers to must be in the restored store, at its recorded size. */
    private static int checkRawReferences(Connection c, RawStore raw) throws SQLException, VerificationFailed {
        int referenced = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT global_index, payload FROM domain_event_entry "
                + "WHERE payload_type = ? ORDER BY global_index")) {
            ps.setString(1, RawDataRecorded.class.getName());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    JsonNode record;
                    try {
                        record = JSON.readTree(rs.getBytes(2)).path("raw");
                    } catch (IOException e) {
                        throw new VerificationFailed("event #" + rs.getLong(1) + " (RawDataRecorded) is not readable: "
                                + e.getMessage());
                    }
                    RawDataId id;
                    try {
                        id = new RawDataId(record.path("sha256").asText());
                    } catch (IllegalArgumentException e) {
                        throw new VerificationFailed("event #" + rs.getLong(1) + " (RawDataRecorded): " + e.getMessage());
                    }
                    Path file = "csv".equals(record.path("format").asText()) ? raw.pathOfBlob(id, "csv") : raw.pathOf(id);
                    long size;
                    try {
                        size = Files.size(file);
                    } catch (IOException e) {
                        throw new VerificationFailed("event #" + rs.getLong(1) + " records raw data " + id.sha256()
                                + " but the backup has no raw/" + slashes(raw.root().relativize(file)));
                    }
                    if (size != record.path("bytes").asLong()) {
                        throw new VerificationFailed("raw/" + slashes(raw.root().relativize(file)) + " has " + size
                                + " bytes; event #" + rs.getLong(1) + " recorded " + record.path("bytes").asLong());
                    }
                    referenced++;
                }
            }
        }
        return referenced;
    }

    /**
     * The instance the backup was taken from does not run here: its claims on projection segments are released, so
     * the restored application's processors continue at once instead of waiting for the claims to time out.
     */
    private static void releaseClaims(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE token_entry SET owner = NULL");
        }
    }

    /** Size, head and chain head of an event store. */
    private record StoreState(long events, long headIndex, long chainedEvents, String chainHeadHash) {

        static StoreState read(DataSource db) throws SQLException {
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                long events;
                long head;
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*), MAX(global_index) FROM domain_event_entry")) {
                    rs.next();
                    events = rs.getLong(1);
                    head = rs.getLong(2);
                    if (rs.wasNull()) {
                        head = -1;
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT chained_events, last_hash FROM event_chain_head WHERE id = 1")) {
                    if (!rs.next()) {
                        throw new SQLException("the database has no event chain head (event_chain_head is empty)");
                    }
                    return new StoreState(events, head, rs.getLong(1), rs.getString(2));
                }
            }
        }
    }

    private static String slashes(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
