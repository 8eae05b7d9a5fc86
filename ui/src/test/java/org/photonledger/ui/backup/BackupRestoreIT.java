package org.photonledger.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.photonledger.ui.packaged.PackagedApp;

/**
 * Backs up a running embedded installation (the demo lab plus one real measurement with its raw data and analysis)
 * with {@code photonledger backup}, restores it with {@code photonledger restore} into an empty directory, starts the
 * application there and finds the same record: same chain head, same read models, same raw bytes; and the same again
 * after every projection is rebuilt from the restored events. Restores into a non-empty directory or from a backup
 * whose content differs from its manifest are refused with nothing left behind.
 */
class BackupRestoreIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START = Duration.ofSeconds(90);
    private static final List<String> READ_MODELS = List.of("/api/samples?limit=500", "/api/reagent-lots?limit=500",
            "/api/measurements?limit=500");

    @Test
    void a_backup_restored_into_an_empty_directory_gives_the_same_record_and_read_models() throws Exception {
        Path work = Files.createTempDirectory(Path.of("target"), "backup-it-");
        Path original = work.resolve("original");
        Path restored = work.resolve("restored");
        Path backup = work.resolve("photonledger-backup.zip");

        // given: a running installation with the demo lab and one finished measurement, analysed
        State before;
        String measurement;
        byte[] raw;
        PackagedApp.CliRun backedUp;
        try (PackagedApp app = PackagedApp.start("original", original, Map.of())) {
            app.awaitReady(START);
            awaitConfigured(app, "cavity-demo");
            HttpResponse<String> started = app.post("/api/measurements", """
                    {"type":"hbt-pulsed","cavityId":"cavity-demo","parameters":{"duration":"1 s"}}""");
            assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
            measurement = JSON.readTree(started.body()).path("measurement").path("id").asText();
            awaitCompletedAndAnalysed(app, measurement);

            // when: backed up while it runs
            backedUp = PackagedApp.cli("backup", "--out", backup.toString(), "--data", original.toString());
            assertThat(backedUp.exit()).as(backedUp.out() + backedUp.err()).isZero();
            before = State.of(app);
            raw = app.bytes("/api/measurements/" + measurement + "/raw");
            app.stop();
        }
        BackupManifest manifest;
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            manifest = BackupManifest.fromJson(zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes());
        }
        assertThat(manifest.headGlobalIndex()).as("nothing was written after the backup's snapshot")
                .isEqualTo(before.integrity().get("headIndex").asLong());
        assertThat(manifest.rawFiles()).isPositive();

        // a restore never writes into a directory that holds something, nor restores a backup that does not verify
        PackagedApp.CliRun intoUsed = PackagedApp.cli("restore", "--from", backup.toString(), "--data", original.toString());
        assertThat(intoUsed.exit()).as(intoUsed.err()).isEqualTo(2);
        assertThat(intoUsed.err()).contains("is not empty");
        Path tampered = work.resolve("tampered.zip");
        flipOneByteOfRawData(backup, tampered);
        Path notRestored = work.resolve("not-restored");
        PackagedApp.CliRun fromTampered = PackagedApp.cli("restore", "--from", tampered.toString(), "--data",
                notRestored.toString());
        assertThat(fromTampered.exit()).as(fromTampered.out() + fromTampered.err()).isEqualTo(1);
        assertThat(fromTampered.err()).contains("differs from the manifest");
        assertThat(notRestored).doesNotExist();

        // when: restored into an empty directory and started there
        PackagedApp.CliRun restore = PackagedApp.cli("restore", "--from", backup.toString(), "--data", restored.toString());
        assertThat(restore.exit()).as(restore.out() + restore.err()).isZero();
        assertThat(restore.out()).contains("event chain intact");
        try (PackagedApp app = PackagedApp.start("restored", restored, Map.of())) {
            app.awaitReady(START);
            app.awaitCaughtUp(Duration.ofSeconds(60));

            // then: the same record and the same read models
            State after = State.of(app);
            after.assertSameAs(before, "after restore");
            assertThat(after.integrity().get("chainIntact").asBoolean()).isTrue();
            assertThat(app.bytes("/api/measurements/" + measurement + "/raw")).isEqualTo(raw);

            // and every read model rebuilt from the restored events is the same again
            List<String> groups = new ArrayList<>();
            after.integrity().get("processedUpTo").fieldNames().forEachRemaining(groups::add);
            for (String group : groups) {
                HttpResponse<String> replay = app.post("/api/admin/integrity/replay/" + group, "");
                assertThat(replay.statusCode()).as(replay.body()).isEqualTo(200);
                app.awaitCaughtUp(Duration.ofSeconds(60));
                State.of(app).assertSameAs(before, "after replaying " + group);
            }
            System.out.printf("BACKUP/RESTORE: %d events (head %d), %d raw files (%d bytes); backup %d bytes in %d ms "
                            + "(command run %d ms, app running), restore %d ms; read models %s and raw data identical "
                            + "after restore and after replaying %s%n",
                    manifest.events(), manifest.headGlobalIndex(), manifest.rawFiles(), manifest.rawBytes(),
                    Files.size(backup), millis(backedUp.out()), backedUp.millis(), restore.millis(), READ_MODELS, groups);
        }
    }

    /** The integrity report's record-level fields and the read models' lists, as the REST API shows them. */
    private record State(JsonNode integrity, Map<String, JsonNode> lists) {

        static State of(PackagedApp app) throws Exception {
            Map<String, JsonNode> lists = new java.util.LinkedHashMap<>();
            for (String path : READ_MODELS) {
                lists.put(path, app.get(path));
            }
            return new State(app.get("/api/admin/integrity"), lists);
        }

        void assertSameAs(State expected, String when) {
            for (String field : List.of("events", "headIndex", "chainIntact", "chain", "aggregatesByType")) {
                assertThat(integrity.get(field)).as(when + ": integrity " + field).isEqualTo(expected.integrity.get(field));
            }
            for (String path : READ_MODELS) {
                JsonNode actual = lists.get(path);
                assertThat(actual.get("total").asLong()).as(when + ": " + path + " total").isPositive();
                assertThat(actual).as(when + ": " + path).isEqualTo(expected.lists.get(path));
            }
        }
    }

    private static void awaitConfigured(PackagedApp app, String cavity) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (app.find("/api/samples/" + cavity).filter(s -> s.toString().contains("\"Configured\"")).isPresent()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the demo lab's " + cavity + " was not configured within 60 s");
    }

    /** Waits until the run has completed and its automatic analysis is recorded, and every projection is done. */
    private static void awaitCompletedAndAnalysed(PackagedApp app, String measurement) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        JsonNode run = null;
        JsonNode integrity = null;
        while (System.nanoTime() < deadline) {
            run = app.get("/api/measurements/" + measurement).path("measurement");
            integrity = app.get("/api/admin/integrity");
            if ("completed".equals(run.path("status").asText())
                    && integrity.path("aggregatesByType").path("Result").asLong() >= 1
                    && PackagedApp.caughtUp(integrity)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("measurement not completed, analysed and projected within 60 s: " + run + " / "
                + integrity);
    }

    /** A copy of the backup with one byte of the first raw-data file changed and the manifest left as it was. */
    private static void flipOneByteOfRawData(Path backup, Path copy) throws Exception {
        boolean flipped = false;
        try (ZipFile in = new ZipFile(backup.toFile());
                OutputStream file = Files.newOutputStream(copy);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (Iterator<? extends ZipEntry> it = in.entries().asIterator(); it.hasNext(); ) {
                ZipEntry e = it.next();
                byte[] content;
                try (InputStream s = in.getInputStream(e)) {
                    content = s.readAllBytes();
                }
                if (!flipped && e.getName().startsWith("raw/")) {
                    content[content.length / 2] ^= 0x01;
                    flipped = true;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        assertThat(flipped).as("the backup holds raw data").isTrue();
    }

    /** The backup's own "in N ms" from its summary line. */
    private static long millis(String summary) {
        var m = java.util.regex.Pattern.compile("written in (\\d+) ms").matcher(summary);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }
}
