package org.photonledger.ui.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code target/quarkus-app}) as a child process on a free port with its own data
 * directory, for tests that start, stop and kill it as an operator would; and the offline command line run the way the
 * launcher runs it.
 */
public final class PackagedApp implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path APP = Path.of("target", "quarkus-app");
    private static final List<String> DATABASE_ENV = List.of("PHOTONLEDGER_DB_URL", "PHOTONLEDGER_DB_USER",
            "PHOTONLEDGER_DB_PASSWORD");

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private PackagedApp(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the application on {@code data}; {@code env} adds environment variables (the database ones are
     * removed from the inherited environment first, so only what a test gives applies).
     */
    public static PackagedApp start(String name, Path data, Map<String, String> env, String... systemProperties)
            throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Files.createDirectories(data);
        List<String> command = new ArrayList<>(List.of(java(), "-Dphotonledger.demo-lab.measurements=false", "-Dquarkus.http.port=" + port));
        command.addAll(TEST_ACCOUNTS);
        command.addAll(List.of(systemProperties));
        command.addAll(List.of("-jar", APP.resolve("quarkus-run.jar").toString()));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("PHOTONLEDGER_DATA", data.toAbsolutePath().toString());
        DATABASE_ENV.forEach(pb.environment()::remove);
        pb.environment().putAll(env);
        Path log = data.resolveSibling(data.getFileName() + ".log");
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return new PackagedApp(name, pb.start(), port, log);
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    /** The first accounts' passwords a packaged app under test starts with (see {@link #signedIn}). */
    public static final List<String> TEST_ACCOUNTS = List.of(
            "-Dphotonledger.admin.password=" + org.photonledger.ui.security.TestUsers.ADMIN_PASSWORD,
            "-Dphotonledger.demo.password=" + org.photonledger.ui.security.TestUsers.DEMO_PASSWORD);

    /** Every request signs in as the first admin (the password the start command gave it), by basic auth. */
    public static HttpRequest.Builder signedIn(URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString((org.photonledger.ui.security.TestUsers.ADMIN + ":"
                        + org.photonledger.ui.security.TestUsers.ADMIN_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Waits until the REST API answers (start-up, migrations and preloads done). */
    public void awaitReady(Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited during start-up (exit " + process.exitValue() + "); see " + log);
            }
            try {
                HttpResponse<Void> r = http.send(signedIn(uri("/api/reagent-lots?limit=1")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError(name + " did not answer within " + limit + "; see " + log);
    }

    /** GET that must answer 200 with JSON. */
    public JsonNode get(String path) throws Exception {
        HttpResponse<String> r = http.send(signedIn(uri(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(name + " GET " + path + " → " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    /** GET of JSON that may not be there (yet): empty for any answer but 200. */
    public java.util.Optional<JsonNode> find(String path) throws Exception {
        HttpResponse<String> r = http.send(signedIn(uri(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 200 ? java.util.Optional.of(JSON.readTree(r.body())) : java.util.Optional.empty();
    }

    /** GET of a binary answer that must be 200. */
    public byte[] bytes(String path) throws Exception {
        HttpResponse<byte[]> r = http.send(signedIn(uri(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(name + " GET " + path).isEqualTo(200);
        return r.body();
    }

    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(signedIn(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Waits until every processing group has processed the newest event in the store and returns that integrity
     * report.
     */
    public JsonNode awaitCaughtUp(Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        JsonNode report;
        do {
            report = get("/api/admin/integrity");
            if (caughtUp(report)) {
                return report;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError(name + ": projections did not catch up within " + limit + ": " + report);
    }

    /** Whether every processing group in an integrity report has reached its head index. */
    public static boolean caughtUp(JsonNode integrity) {
        long head = integrity.get("headIndex").asLong();
        for (JsonNode position : integrity.get("processedUpTo")) {
            if (position.asLong() < head) {
                return false;
            }
        }
        return true;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hooks, no claims released, nothing flushed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: a normal shutdown, as Ctrl+C or a service manager does it. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(name + " did not stop within 60 s of SIGTERM");
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    /** What an offline command printed and returned. */
    public record CliRun(int exit, String out, String err, long millis) {
    }

    /** Runs {@code ./photonledger <args>} for an offline command, with the classpath the launcher uses. */
    public static CliRun cli(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-cp",
                APP.resolve("app") + "/*:" + APP.resolve("lib").resolve("main") + "/*",
                "org.photonledger.ui.cli.PhotonLedgerCli"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        DATABASE_ENV.forEach(pb.environment()::remove);
        Path out = Files.createTempFile(Path.of("target"), "cli-", ".out");
        Path err = Files.createTempFile(Path.of("target"), "cli-", ".err");
        pb.redirectOutput(out.toFile());
        pb.redirectError(err.toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("photonledger " + String.join(" ", args) + " did not finish within 120 s");
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        CliRun run = new CliRun(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), millis);
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
