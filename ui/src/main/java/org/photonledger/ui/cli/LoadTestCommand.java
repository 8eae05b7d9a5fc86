package org.photonledger.ui.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./photonledger loadtest --url URL}: simulated users against a running PhotonLedger on this machine. A
 * baseline measurement runs alone first; then, while the same measurement runs again, {@code --users} users browse
 * pages and read REST (lists, lab objects, genealogies, lineages, live measurement progress) with think times, and one
 * writer logs sample steps (a reagent delivery, a new batch and its Cs-oleate step, over and over). Bounded in time
 * and in requests; it stops by itself and prints one table: per request kind the count, errors, throughput and
 * latency percentiles, and how much longer the loaded measurement took than the baseline.
 */
@Command(name = "loadtest", mixinStandardHelpOptions = true,
        description = {"Load-test a running PhotonLedger: a baseline measurement alone, then the same measurement "
                + "while USERS simulated users browse pages and read REST and a second writer logs sample steps.",
                "Stops by itself after --seconds or --max-requests; prints throughput, latency percentiles and errors.",
                "Exit 0 no errors and the measurement slowed by at most 10 %, 1 otherwise, 2 usage or unreachable."})
public final class LoadTestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "The running app (default ${DEFAULT-VALUE}).")
    URI url;

    @Option(names = "--users", defaultValue = "50", description = "Concurrent simulated users (default ${DEFAULT-VALUE}).")
    int users;

    @Option(names = "--seconds", defaultValue = "60", description = "Length of the loaded phase (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--max-requests", defaultValue = "1000000", description = "Stop after this many user requests.")
    long maxRequests;

    @Option(names = "--think-ms", defaultValue = "100", description = "Mean think time between a user's requests, "
            + "exponentially distributed (default ${DEFAULT-VALUE}).")
    double thinkMs;

    @Option(names = "--measure-seconds", defaultValue = "30", description = "Duration of each pulsed-HBT measurement "
            + "(default ${DEFAULT-VALUE}; 0: no measurement).")
    int measureSeconds;

    @Option(names = "--cavity", description = "Cavity to measure on (default: the first configured cavity found).")
    String cavity;

    @Option(names = "--no-baseline", description = "Skip the measurement without load.")
    boolean noBaseline;

    @Option(names = "--user", description = "User for HTTP Basic authentication.")
    String user;

    @Option(names = "--password", description = "Password (or PHOTONLEDGER_PASSWORD).")
    String password;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    private final ObjectMapper json = new ObjectMapper();
    private HttpClient http;
    private String authorization;

    /** Latencies and outcomes of one kind of request. */
    static final class Stats {
        final List<Double> ms = new ArrayList<>();
        long errors;
        String firstError;

        synchronized void add(double millis, String error) {
            ms.add(millis);
            if (error != null) {
                errors++;
                if (firstError == null) {
                    firstError = error;
                }
            }
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (users < 1 || users > 2000) {
            err.println("photonledger loadtest: --users must be in [1, 2000], got " + users);
            return PhotonLedgerCli.USAGE;
        }
        if (seconds < 1 || seconds > 3600) {
            err.println("photonledger loadtest: --seconds must be in [1, 3600], got " + seconds);
            return PhotonLedgerCli.USAGE;
        }
        if (measureSeconds < 0 || measureSeconds > seconds) {
            err.println("photonledger loadtest: --measure-seconds must be in [0, --seconds=" + seconds + "], got "
                    + measureSeconds);
            return PhotonLedgerCli.USAGE;
        }
        String pw = password != null ? password : System.getenv("PHOTONLEDGER_PASSWORD");
        if (user != null) {
            authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + (pw == null ? "" : pw))
                    .getBytes(StandardCharsets.UTF_8));
        }
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        Targets targets;
        try {
            targets = discover();
        } catch (IOException | RuntimeException e) {
            err.println("photonledger loadtest: cannot read " + url + ": " + (e.getMessage() == null ? e.toString()
                    : e.getMessage()) + " (is the app running there? start it with ./photonledger serve)");
            return PhotonLedgerCli.USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PhotonLedgerCli.USAGE;
        }
        out.printf(Locale.ROOT, "target %s: %d lab objects, %d results, %d measurements sampled; cavity %s%n", url,
                targets.objects.size(), targets.results.size(), targets.measurements.size(),
                targets.cavity == null ? "(none: no measurement)" : targets.cavity);
        out.flush();
        try {
            Run baseline = null;
            if (measureSeconds > 0 && targets.cavity != null && !noBaseline) {
                out.printf(Locale.ROOT, "baseline: a %d s pulsed-HBT measurement with no other load…%n", measureSeconds);
                out.flush();
                baseline = measure(targets.cavity);
                out.printf(Locale.ROOT, "baseline: %s%n", baseline);
                out.flush();
            }
            return loaded(targets, baseline, out);
        } catch (IOException | RuntimeException e) {
            err.println("photonledger loadtest: failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private int loaded(Targets targets, Run baseline, PrintWriter out) throws InterruptedException {
        Map<String, Stats> stats = new ConcurrentHashMap<>();
        AtomicLong requests = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicReference<Run> loadedRun = new AtomicReference<>();
        AtomicReference<String> runError = new AtomicReference<>();
        out.printf(Locale.ROOT, "loaded: %d users for %d s, one writer%s…%n", users, seconds,
                measureSeconds > 0 && targets.cavity != null ? ", the same measurement again" : "");
        out.flush();
        long t0 = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            if (measureSeconds > 0 && targets.cavity != null) {
                pool.submit(() -> {
                    try {
                        loadedRun.set(measure(targets.cavity));
                    } catch (Exception e) {
                        runError.set(e.getMessage());
                    }
                });
            }
            pool.submit(() -> writer(targets, deadline, stats));
            for (int u = 0; u < users; u++) {
                SplittableRandom random = new SplittableRandom(seed * 7919 + u);
                pool.submit(() -> user(targets, random, deadline, requests, stats));
            }
        }
        double took = (System.nanoTime() - t0) / 1e9;
        out.println();
        out.printf(Locale.ROOT, "%-34s %8s %7s %8s %9s %9s %9s %9s%n", "request", "count", "errors", "req/s", "p50 ms",
                "p95 ms", "p99 ms", "max ms");
        long total = 0;
        long errors = 0;
        List<Double> all = new ArrayList<>();
        List<String> kinds = new ArrayList<>(stats.keySet());
        kinds.sort(null);
        for (String kind : kinds) {
            Stats s = stats.get(kind);
            double[] ms = s.ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            out.printf(Locale.ROOT, "%-34s %8d %7d %8.1f %9.1f %9.1f %9.1f %9.1f%n", kind, ms.length, s.errors,
                    ms.length / took, pct(ms, .50), pct(ms, .95), pct(ms, .99), ms.length == 0 ? 0 : ms[ms.length - 1]);
            if (!kind.startsWith("writer")) {
                total += ms.length;
                s.ms.forEach(all::add);
            }
            errors += s.errors;
        }
        double[] every = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        out.printf(Locale.ROOT, "%-34s %8d %7s %8.1f %9.1f %9.1f %9.1f %9.1f%n", "all user requests", total, "",
                total / took, pct(every, .50), pct(every, .95), pct(every, .99),
                every.length == 0 ? 0 : every[every.length - 1]);
        out.printf(Locale.ROOT, "errors: %d%n", errors);
        for (String kind : kinds) {
            if (stats.get(kind).firstError != null) {
                out.printf(Locale.ROOT, "  first error of %s: %s%n", kind, stats.get(kind).firstError);
            }
        }
        boolean slowOk = true;
        Run run = loadedRun.get();
        if (runError.get() != null) {
            out.println("measurement under load FAILED: " + runError.get());
            slowOk = false;
        } else if (run != null) {
            out.printf(Locale.ROOT, "measurement under load: %s%n", run);
            if (baseline != null) {
                double slowdown = run.seconds / baseline.seconds - 1;
                double rateChange = run.tagsPerSecond() / baseline.tagsPerSecond() - 1;
                slowOk = slowdown <= 0.10 && run.status.equals("completed");
                out.printf(Locale.ROOT, "measurement slowed by %+.1f %% (start to completed: %.2f s → %.2f s), tag rate "
                        + "%+.1f %% — goal ≤ +10 %%: %s%n", slowdown * 100, baseline.seconds, run.seconds,
                        rateChange * 100, slowOk ? "met" : "MISSED");
            }
        }
        out.flush();
        return errors == 0 && slowOk ? 0 : 1;
    }

    private void user(Targets t, SplittableRandom random, long deadline, AtomicLong requests, Map<String, Stats> stats) {
        while (System.nanoTime() < deadline && requests.incrementAndGet() <= maxRequests) {
            int pick = random.nextInt(100);
            String kind;
            String path;
            if (pick < 15) {
                String[] pages = {"/", "/samples", "/measurements", "/reagents", "/prepare"};
                kind = "page (Vaadin bootstrap)";
                path = pages[random.nextInt(pages.length)];
            } else if (pick < 30) {
                kind = "GET /api/samples (page)";
                path = "/api/samples?offset=" + random.nextInt(200) + "&limit=50";
            } else if (pick < 45 && !t.objects.isEmpty()) {
                kind = "GET /api/samples/{id}";
                path = "/api/samples/" + t.objects.get(random.nextInt(t.objects.size()));
            } else if (pick < 55 && !t.objects.isEmpty()) {
                kind = "GET /api/samples/{id}/genealogy";
                path = "/api/samples/" + t.objects.get(random.nextInt(t.objects.size())) + "/genealogy";
            } else if (pick < 65 && !t.results.isEmpty()) {
                kind = "GET /api/results/{id}/lineage";
                path = "/api/results/" + t.results.get(random.nextInt(t.results.size())) + "/lineage";
            } else if (pick < 72 && !t.lots.isEmpty()) {
                kind = "GET /api/results?madeFrom=lot";
                path = "/api/results?madeFrom=" + t.lots.get(random.nextInt(t.lots.size())) + "&limit=50";
            } else if (pick < 82) {
                kind = "GET /api/measurements (page)";
                path = "/api/measurements?limit=50";
            } else if (pick < 90 && !t.measurements.isEmpty()) {
                kind = "GET /api/measurements/{id}";
                path = "/api/measurements/" + t.measurements.get(random.nextInt(t.measurements.size()));
            } else {
                kind = "GET /api/reagent-lots (page)";
                path = "/api/reagent-lots?limit=50";
            }
            timed(stats, kind, () -> get(path));
            long think = (long) (-Math.log(1 - random.nextDouble()) * thinkMs);
            if (think > 0) {
                sleep(think);
            }
        }
    }

    /** A second writer: a reagent delivery, then batches with their Cs-oleate step drawing on it, until the end. */
    private void writer(Targets t, long deadline, Map<String, Stats> stats) {
        int n = 0;
        String cs = null;
        String oa = null;
        String ode = null;
        while (System.nanoTime() < deadline) {
            if (n % 20 == 0) {
                String tag = Long.toString(System.nanoTime(), 36);
                cs = created(timed(stats, "writer: POST /api/reagent-lots", () -> post("/api/reagent-lots",
                        lot("Caesium carbonate", "534-17-8", 50, "g", tag))));
                oa = created(timed(stats, "writer: POST /api/reagent-lots", () -> post("/api/reagent-lots",
                        lot("Oleic acid", "112-80-1", 500, "mL", tag))));
                ode = created(timed(stats, "writer: POST /api/reagent-lots", () -> post("/api/reagent-lots",
                        lot("1-Octadecene", "112-88-9", 2000, "mL", tag))));
            }
            n++;
            String name = "load-test batch " + Long.toString(System.nanoTime(), 36);
            String batch = created(timed(stats, "writer: POST /api/batches", () -> post("/api/batches",
                    "{\"name\": \"" + name + "\", \"protocol\": \"Farrow et al. 2024, hot injection (Methods)\"}")));
            if (batch != null && cs != null && oa != null && ode != null) {
                String body = csOleate(cs, oa, ode);
                timed(stats, "writer: POST …/steps/cs-oleate", () -> post("/api/batches/" + batch + "/steps/cs-oleate",
                        body));
            }
            sleep(200);
        }
    }

    private static String lot(String chemical, String cas, double amount, String unit, String tag) {
        return """
                {"chemicalName":"%s","casNumber":"%s","supplier":"Sigma-Aldrich","lotNumber":"LOAD-%s",
                 "amount":%s,"amountUnit":"%s","receivedOn":"2024-01-15","storageLocation":"load-test shelf"}"""
                .formatted(chemical, cas, tag, amount, unit);
    }

    private static String csOleate(String cs, String oa, String ode) {
        return """
                {"caesiumCarbonate": {"lotId": "%s", "amount": {"value": 0.47, "unit": "g"}},
                 "oleicAcid": {"lotId": "%s", "amount": {"value": 1.25, "unit": "mL"}},
                 "octadecene": {"lotId": "%s", "amount": {"value": 20, "unit": "mL"}},
                 "degasTime": {"value": 1, "unit": "h"}, "heatingTemperature": {"value": 150, "unit": "°C"},
                 "nitrogenSwitchTemperature": {"value": 100, "unit": "°C"},
                 "cooledToTemperature": {"value": 130, "unit": "°C"}}""".formatted(cs, oa, ode);
    }

    /** One HTTP exchange: status and body, or an error text. */
    record Reply(int status, String body, String error) {
    }

    private interface Exchange {
        Reply call() throws Exception;
    }

    private static Reply timed(Map<String, Stats> stats, String kind, Exchange exchange) {
        long t0 = System.nanoTime();
        Reply reply;
        try {
            reply = exchange.call();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reply = new Reply(0, "", "interrupted");
        } catch (Exception e) {
            reply = new Reply(0, "", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        String error = reply.error != null ? reply.error
                : reply.status >= 400 || reply.status < 200 ? "HTTP " + reply.status + ": " + abbreviate(reply.body)
                : null;
        stats.computeIfAbsent(kind, k -> new Stats()).add(ms, error);
        return reply;
    }

    private String created(Reply reply) {
        if (reply.status != 201) {
            return null;
        }
        try {
            return json.readTree(reply.body).path("id").asText(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static String abbreviate(String s) {
        String one = s == null ? "" : s.replaceAll("\\s+", " ");
        return one.length() > 160 ? one.substring(0, 160) + "…" : one;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(url.resolve(path)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private Reply get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body(), null);
    }

    private Reply post(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body(), null);
    }

    private JsonNode getJson(String path) throws IOException, InterruptedException {
        Reply r = get(path);
        if (r.status == 401) {
            throw new IOException("401 Unauthorized at " + path + ": give --user and --password");
        }
        if (r.status != 200) {
            throw new IOException("HTTP " + r.status + " at " + path + ": " + abbreviate(r.body));
        }
        return json.readTree(r.body);
    }

    /** The ids users will read, sampled from the lists the app serves. */
    static final class Targets {
        final List<String> objects = new ArrayList<>();
        final List<String> results = new ArrayList<>();
        final List<String> lots = new ArrayList<>();
        final List<String> measurements = new ArrayList<>();
        String cavity;
    }

    private Targets discover() throws IOException, InterruptedException {
        Targets t = new Targets();
        for (JsonNode row : getJson("/api/samples?limit=200").path("rows")) {
            t.objects.add(row.path("id").asText());
        }
        for (JsonNode row : getJson("/api/results?limit=100").path("rows")) {
            t.results.add(row.path("id").asText());
        }
        for (JsonNode row : getJson("/api/samples?kind=ReagentLot&limit=100").path("rows")) {
            t.lots.add(row.path("id").asText());
        }
        for (JsonNode row : getJson("/api/measurements?limit=100").path("rows")) {
            t.measurements.add(row.path("id").asText());
        }
        t.cavity = cavity;
        if (t.cavity == null) {
            for (JsonNode row : getJson("/api/samples?kind=Cavity&limit=50").path("rows")) {
                String id = row.path("id").asText();
                JsonNode detail = getJson("/api/samples/" + id);
                if (!"disassembled".equalsIgnoreCase(detail.path("status").asText())) {
                    t.cavity = id;
                    break;
                }
            }
        }
        return t;
    }

    /** One measurement: from the start request to its end, as the runner reports it. */
    record Run(String id, String status, double seconds, long records) {
        double tagsPerSecond() {
            return records / seconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s %s, %.2f s from start to end, %,d tags (%,.0f tags/s)", id, status,
                    seconds, records, tagsPerSecond());
        }
    }

    private Run measure(String cavityId) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Reply started = post("/api/measurements", """
                {"type": "hbt-pulsed", "cavityId": "%s", "parameters": {"duration": "%d s"}}"""
                .formatted(cavityId, measureSeconds));
        if (started.status != 201) {
            throw new IOException("cannot start a measurement on " + cavityId + ": HTTP " + started.status + " "
                    + abbreviate(started.body));
        }
        String id = json.readTree(started.body).path("measurement").path("id").asText();
        long limit = System.nanoTime() + (measureSeconds * 3L + 60) * 1_000_000_000L;
        while (System.nanoTime() < limit) {
            JsonNode m = getJson("/api/measurements/" + id).path("measurement");
            String status = m.path("status").asText();
            if (!status.equals("running") && !status.isEmpty()) {
                return new Run(id, status, (System.nanoTime() - t0) / 1e9, m.path("rawRecords").asLong());
            }
            Thread.sleep(50);
        }
        throw new IOException("measurement " + id + " still running after " + (measureSeconds * 3 + 60) + " s");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The bench's percentile, with 0 rather than NaN for a kind of request that never ran (the table stays numeric). */
    static double pct(double[] sorted, double q) {
        return sorted.length == 0 ? 0 : org.photonledger.ui.scale.ScaleBench.percentile(sorted, q);
    }
}
