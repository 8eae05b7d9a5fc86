package org.photonledger.ui.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.photonledger.ui.packaged.PackagedApp;

/**
 * Really kills the packaged application (SIGKILL) at seeded random moments — during start-up and preload, during
 * concurrent writes and during a projection rebuild — restarts it and checks that no acknowledged event is lost,
 * every projection catches up to the event store and the tamper-evidence chain is intact.
 */
class CrashSafetyIT {

    private static final long SEED = 20261125L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void nothing_acknowledged_is_lost_on_the_embedded_database() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "crash-h2-");
        scenario(data, List.of());
    }

    @Test
    void nothing_acknowledged_is_lost_on_postgresql() throws Exception {
        String url = System.getenv("PHOTONLEDGER_TEST_PG_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(), "PHOTONLEDGER_TEST_PG_URL not set: PostgreSQL leg skipped");
        Path data = Files.createTempDirectory(Path.of("target"), "crash-pg-");
        scenario(data, List.of("PHOTONLEDGER_DB_URL=" + url,
                "PHOTONLEDGER_DB_USER=" + System.getenv().getOrDefault("PHOTONLEDGER_TEST_PG_USER", ""),
                "PHOTONLEDGER_DB_PASSWORD=" + System.getenv().getOrDefault("PHOTONLEDGER_TEST_PG_PASSWORD", "")));
    }

    private void scenario(Path data, List<String> env) throws Exception {
        Random random = new Random(SEED);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        int crashes = 0;

        // 1. killed during start-up, while the reagent preload may be writing
        App app = App.start(data, env);
        Thread.sleep(500 + random.nextInt(3000));
        app.kill();
        crashes++;

        // 2. killed while four clients are registering lots concurrently
        app = App.start(data, env);
        app.awaitReady(http);
        writeUntilKilled(app, acknowledged, 700 + random.nextInt(1500));
        crashes++;

        // 3. killed while a projection is being rebuilt from the whole history
        app = App.start(data, env);
        app.awaitReady(http);
        writeUntilKilled(app, acknowledged, 400);
        crashes++;
        app = App.start(data, env);
        app.awaitReady(http);
        post(app, "/api/admin/integrity/replay/reagent-lots", "");
        Thread.sleep(random.nextInt(200));
        app.kill();
        crashes++;

        // 4. killed while a measurement is acquiring (embedded database only: the demo cavity is created there)
        String measurement = null;
        if (env.isEmpty()) {
            app = App.start(data, env);
            app.awaitReady(http);
            String cavity = demoCavity(app);
            HttpResponse<String> started = http.send(PackagedApp.signedIn(app.uri("/api/measurements"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                            {"type": "hbt-pulsed", "cavityId": "%s", "parameters": {"duration": "60 s"}}"""
                            .formatted(cavity))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
            measurement = JSON.readTree(started.body()).path("measurement").path("id").asText();
            Thread.sleep(2500 + random.nextInt(1500));
            app.kill();
            crashes++;
        }

        // then: a clean start recovers everything
        app = App.start(data, env);
        try {
            app.awaitReady(http);
            if (measurement != null) {
                JsonNode run = get(app, "/api/measurements/" + measurement).path("measurement");
                assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("interrupted");
                assertThat(run.path("rawComplete").asBoolean()).isFalse();
                assertThat(run.path("rawRecords").asLong()).as("tags kept from the interrupted run").isPositive();
                HttpResponse<byte[]> raw = http.send(PackagedApp.signedIn(app.uri("/api/measurements/" + measurement
                        + "/raw")).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(raw.statusCode()).isEqualTo(200);
                System.out.printf("CRASH SAFETY: measurement killed mid-run is interrupted with %d tags kept%n",
                        run.path("rawRecords").asLong());
            }
            JsonNode report = awaitCaughtUp(app);
            assertThat(report.get("chainIntact").asBoolean()).as(report.get("chain").asText()).isTrue();
            long lotsInStore = report.get("aggregatesByType").path("ReagentLot").asLong();
            long lotsInView = get(app, "/api/reagent-lots?limit=1").get("total").asLong();
            assertThat(lotsInView).as("projection rows vs reagent lots in the event store").isEqualTo(lotsInStore);
            assertThat(lotsInStore).isGreaterThanOrEqualTo(11 + acknowledged.size());
            List<String> lost = new ArrayList<>();
            for (String id : acknowledged) {
                HttpResponse<String> r = http.send(PackagedApp.signedIn(app.uri("/api/reagent-lots/" + id)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    lost.add(id);
                }
            }
            assertThat(lost).as("acknowledged lots missing after %d crashes", crashes).isEmpty();
            System.out.printf("CRASH SAFETY: %d kill -9 crash points, %d acknowledged writes, %d lots in store, 0 lost, chain intact%n",
                    crashes, acknowledged.size(), lotsInStore);
        } finally {
            app.kill();
        }
    }

    /** The demo lab's cavity (a start killed while building it leaves a partial one; a later start builds another). */
    private String demoCavity(App app) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            for (String id : List.of("cavity-demo", "cavity-demo-2", "cavity-demo-3", "cavity-demo-4", "cavity-demo-5")) {
                HttpResponse<String> r = http.send(PackagedApp.signedIn(app.uri("/api/samples/" + id)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"Configured\"")) {
                    return id;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no configured demo cavity within 60 s");
    }

    private void writeUntilKilled(App app, Set<String> acknowledged, long killAfterMs) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            clients.submit(() -> {
                while (running.get()) {
                    String body = """
                            {"chemicalName":"Octane","casNumber":"111-65-9","supplier":"Sigma-Aldrich","lotNumber":"K-%s",
                             "purityPercent":99,"amount":100,"amountUnit":"mL","receivedOn":"2024-01-01"}"""
                            .formatted(UUID.randomUUID());
                    try {
                        HttpResponse<String> r = http.send(PackagedApp.signedIn(app.uri("/api/reagent-lots"))
                                .timeout(Duration.ofSeconds(10))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 201 || r.statusCode() == 202) {
                            String location = r.headers().firstValue("Location").orElseThrow();
                            acknowledged.add(location.substring(location.lastIndexOf('/') + 1));
                        }
                    } catch (IOException | InterruptedException e) {
                        // the server died mid-request: this write was never acknowledged
                    }
                }
                return null;
            });
        }
        Thread.sleep(killAfterMs);
        app.kill();
        running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    private JsonNode awaitCaughtUp(App app) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        JsonNode report;
        do {
            report = get(app, "/api/admin/integrity");
            long head = report.get("headIndex").asLong();
            boolean caughtUp = true;
            for (JsonNode position : report.get("processedUpTo")) {
                caughtUp &= position.asLong() >= head;
            }
            if (caughtUp) {
                return report;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("projections did not catch up within 60 s: " + report);
    }

    private JsonNode get(App app, String path) throws Exception {
        HttpResponse<String> r = http.send(PackagedApp.signedIn(app.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + " → " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private void post(App app, String path, String body) throws Exception {
        HttpResponse<String> r = http.send(PackagedApp.signedIn(app.uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + " → " + r.body()).isEqualTo(200);
    }

    /** The packaged application as a child process on a free port. */
    private record App(Process process, int port) {

        static App start(Path data, List<String> env) throws IOException {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java, "-Dphotonledger.demo-lab.measurements=false",
                    "-Dquarkus.http.port=" + port));
            command.addAll(PackagedApp.TEST_ACCOUNTS);
            command.addAll(List.of("-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toString()));
            ProcessBuilder pb = new ProcessBuilder(command);
            pb.environment().put("PHOTONLEDGER_DATA", data.toAbsolutePath().toString());
            pb.environment().remove("PHOTONLEDGER_DB_URL");
            for (String kv : env) {
                int eq = kv.indexOf('=');
                pb.environment().put(kv.substring(0, eq), kv.substring(eq + 1));
            }
            pb.redirectErrorStream(true);
            pb.redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("app.log").toFile()));
            return new App(pb.start(), port);
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        void awaitReady(HttpClient http) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new AssertionError("the application exited during start-up (exit " + process.exitValue() + ")");
                }
                try {
                    HttpResponse<Void> r = http.send(PackagedApp.signedIn(uri("/api/reagent-lots?limit=1")).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            throw new AssertionError("the application did not answer within 60 s");
        }

        void kill() throws InterruptedException {
            process.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no flush
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
