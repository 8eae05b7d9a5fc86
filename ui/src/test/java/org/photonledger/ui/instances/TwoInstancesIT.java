package org.photonledger.ui.instances;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.photonledger.ui.packaged.PackagedApp;

/**
 * Two packaged instances on one PostgreSQL database, written through concurrently: every event reaches every read
 * model exactly once (each processor's segments are claimed in the shared token store, so only the instance holding
 * a segment processes its events), both instances show the same, when the instance holding the segments is killed
 * with SIGKILL mid-write the other takes them over once the claims time out and processing goes on, still exactly
 * once, and a normal stop hands them over at once. Runs in a schema of its own, dropped afterwards.
 */
class TwoInstancesIT {

    private static final Duration START = Duration.ofSeconds(120);
    private static final String REAGENT_LOT_REGISTERED = "org.photonledger.domain.reagent.ReagentLotRegistered";

    @Test
    void two_instances_on_one_postgresql_database_process_every_event_exactly_once() throws Exception {
        String server = System.getenv("PHOTONLEDGER_TEST_PG_URL");
        Assumptions.assumeTrue(server != null && !server.isBlank(),
                "PHOTONLEDGER_TEST_PG_URL not set: the two-instance test needs a PostgreSQL server; skipped");
        String user = System.getenv().getOrDefault("PHOTONLEDGER_TEST_PG_USER", "");
        String password = System.getenv().getOrDefault("PHOTONLEDGER_TEST_PG_PASSWORD", "");
        String schema = "twoinst_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(server, user, password, "CREATE SCHEMA " + schema);
        Database db = new Database(server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password);
        Map<String, String> env = Map.of("PHOTONLEDGER_DB_URL", db.url(), "PHOTONLEDGER_DB_USER", user,
                "PHOTONLEDGER_DB_PASSWORD", password);
        Path work = Files.createTempDirectory(Path.of("target"), "two-instances-");
        Ownership ownership = new Ownership(db);
        List<PackagedApp> apps = new ArrayList<>();
        try {
            // given: two instances started together on one new database
            PackagedApp a = PackagedApp.start("a", work.resolve("a"), env);
            PackagedApp b = PackagedApp.start("b", work.resolve("b"), env);
            apps.addAll(List.of(a, b));
            a.awaitReady(START);
            b.awaitReady(START);
            ownership.start();

            // when: clients register reagent lots through both instances at once
            Writers both = Writers.start(List.of(a, b), 3);
            both.awaitAcknowledged(a, 60);
            both.awaitAcknowledged(b, 60);
            both.stop();
            a.awaitCaughtUp(Duration.ofSeconds(60));
            b.awaitCaughtUp(Duration.ofSeconds(60));

            // then: every event once in every read model, and both instances show the same
            Counts together = db.counts();
            together.assertExactlyOnce("two instances");
            assertThat(db.lotIds()).containsAll(both.acknowledged());
            assertThat(allLots(a)).as("reagent lots as instance a and b show them").isEqualTo(allLots(b))
                    .hasSize((int) together.lotRows());
            Map<String, Integer> shareBefore = ownership.segmentsByOwner();
            System.out.printf("TWO INSTANCES: segments held while both ran: %s (a = pid %d, b = pid %d)%n", shareBefore,
                    a.pid(), b.pid());

            // when: the instance holding more segments is killed (SIGKILL) while clients write through both
            PackagedApp victim = ownership.held(b) > ownership.held(a) ? b : a;
            PackagedApp survivor = victim == a ? b : a;
            Writers writers = Writers.start(List.of(a, b), 3);
            writers.awaitAcknowledged(victim, writers.count(victim) + 20);
            long killedAt = System.nanoTime();
            victim.kill();
            int atKill = writers.count(survivor);
            writers.awaitAcknowledged(survivor, atKill + 40);
            Duration takeover = ownership.awaitAllOwnedBy(survivor, killedAt, Duration.ofSeconds(60));
            writers.awaitAcknowledged(survivor, writers.count(survivor) + 20);
            writers.stop();
            survivor.awaitCaughtUp(Duration.ofSeconds(60));
            Duration caughtUp = Duration.ofNanos(System.nanoTime() - killedAt);

            // then: the survivor processed the rest, still exactly once
            Counts afterKill = db.counts();
            afterKill.assertExactlyOnce("after kill -9 of " + victim.name());
            assertThat(db.lotIds()).containsAll(writers.acknowledged()).containsAll(both.acknowledged());
            assertThat(afterKill.lotRows()).isGreaterThan(together.lotRows());

            // and the killed instance, started again, shows the same
            PackagedApp restarted = PackagedApp.start(victim.name() + "-restarted", work.resolve(victim.name()), env);
            apps.add(restarted);
            restarted.awaitReady(START);
            restarted.awaitCaughtUp(Duration.ofSeconds(60));
            survivor.awaitCaughtUp(Duration.ofSeconds(60));
            assertThat(allLots(restarted)).as("reagent lots after the restart").isEqualTo(allLots(survivor));
            db.counts().assertExactlyOnce("after the restart");

            // when: the survivor is stopped normally (SIGTERM), it hands its segments over at once
            long stoppedAt = System.nanoTime();
            survivor.stop();
            Duration handover = ownership.awaitAllOwnedBy(restarted, stoppedAt, Duration.ofSeconds(60));
            Writers last = Writers.start(List.of(restarted), 2);
            last.awaitAcknowledged(restarted, 20);
            last.stop();
            restarted.awaitCaughtUp(Duration.ofSeconds(60));
            Counts end = db.counts();
            end.assertExactlyOnce("after " + survivor.name() + " was stopped");
            assertThat(db.lotIds()).containsAll(last.acknowledged());
            ownership.stop();

            System.out.printf("TWO INSTANCES: owners seen in token_entry: %s; most owners holding segments at once: %d; "
                            + "segments held at the end: %s%n", ownership.ownersSeen(), ownership.mostOwnersAtOnce(),
                    ownership.segmentsByOwner());
            ownership.changes().forEach(c -> System.out.println("TWO INSTANCES: claim " + c));
            System.out.printf("TWO INSTANCES: %d events, %d reagent lots registered (%d acknowledged through a and b "
                            + "together, %d more around the kill of %s, %d after the stop), each processed exactly once in every projection "
                            + "(%d lot rows, %d sample rows, %d audit rows, 0 event-count mismatches); %s's %d segments "
                            + "taken over %d ms after kill -9, survivor caught up after %d ms; after a normal stop "
                            + "of %s its segments were taken over in %d ms%n",
                    end.events(), end.lotEvents(), both.acknowledged().size(), writers.acknowledged().size(),
                    victim.name(), last.acknowledged().size(), end.lotRows(), end.sampleRows(), end.auditRows(), victim.name(),
                    shareBefore.getOrDefault(Ownership.owner(victim), 0), takeover.toMillis(), caughtUp.toMillis(),
                    survivor.name(), handover.toMillis());
            assertThat(ownership.ownersSeen()).as("owners that held segments").contains(Ownership.owner(a),
                    Ownership.owner(b));
        } finally {
            ownership.stop();
            for (PackagedApp app : apps) {
                app.close();
            }
            execute(server, user, password, "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static List<JsonNode> allLots(PackagedApp app) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        long total;
        do {
            JsonNode page = app.get("/api/reagent-lots?sort=lotNumber&limit=500&offset=" + rows.size());
            total = page.get("total").asLong();
            page.get("items").forEach(rows::add);
        } while (rows.size() < total);
        return rows;
    }

    private static void execute(String url, String user, String password, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Event store and read-model counts that show whether every event was processed exactly once. */
    private record Counts(long events, long lotEvents, long lotAggregates, long lotRows, long aggregates, long sampleRows,
            long auditRows, long eventCountMismatches) {

        void assertExactlyOnce(String when) {
            assertThat(lotRows).as(when + ": reagent_lot_view rows vs ReagentLotRegistered events").isEqualTo(lotEvents);
            assertThat(lotAggregates).as(when + ": every lot registered once").isEqualTo(lotEvents);
            assertThat(sampleRows).as(when + ": sample_view rows vs distinct aggregates").isEqualTo(aggregates);
            assertThat(auditRows).as(when + ": sample_event_view rows vs events").isEqualTo(events);
            assertThat(eventCountMismatches).as(when + ": sample_view rows whose event_count differs from the "
                    + "aggregate's events in the store").isZero();
        }
    }

    /** The test's own schema on the server, as both instances use it. */
    private record Database(String url, String user, String password) {

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        Counts counts() throws SQLException {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                return new Counts(
                        count(s, "SELECT COUNT(*) FROM domain_event_entry"),
                        count(s, "SELECT COUNT(*) FROM domain_event_entry WHERE payload_type = '" + REAGENT_LOT_REGISTERED + "'"),
                        count(s, "SELECT COUNT(DISTINCT aggregate_identifier) FROM domain_event_entry WHERE payload_type = '"
                                + REAGENT_LOT_REGISTERED + "'"),
                        count(s, "SELECT COUNT(*) FROM reagent_lot_view"),
                        count(s, "SELECT COUNT(DISTINCT aggregate_identifier) FROM domain_event_entry"),
                        count(s, "SELECT COUNT(*) FROM sample_view"),
                        count(s, "SELECT COUNT(*) FROM sample_event_view"),
                        count(s, """
                                SELECT COUNT(*) FROM sample_view v WHERE v.event_count <>
                                    (SELECT COUNT(*) FROM domain_event_entry e WHERE e.aggregate_identifier = v.id)"""));
            }
        }

        Set<String> lotIds() throws SQLException {
            Set<String> ids = new HashSet<>();
            try (Connection c = connect(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT lot_id FROM reagent_lot_view")) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        }

        private static long count(Statement s, String sql) throws SQLException {
            try (ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Watches token_entry: who holds which segment, every change of hands, and how many owners held some at once. */
    private static final class Ownership {
        private final Database db;
        private final Map<String, String> current = new ConcurrentHashMap<>();
        private final Set<String> ownersSeen = ConcurrentHashMap.newKeySet();
        private final List<String> changes = java.util.Collections.synchronizedList(new ArrayList<>());
        private final AtomicInteger mostAtOnce = new AtomicInteger();
        private final AtomicBoolean running = new AtomicBoolean();
        private final long t0 = System.nanoTime();
        private Thread thread;

        Ownership(Database db) {
            this.db = db;
        }

        /** Axon's JDBC token store names an owner by its JVM: pid@host. */
        static String owner(PackagedApp app) {
            return app.pid() + "@";
        }

        void start() throws SQLException {
            poll();
            running.set(true);
            thread = new Thread(() -> {
                while (running.get()) {
                    try {
                        poll();
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    } catch (SQLException e) {
                        changes.add("token_entry not readable: " + e.getMessage());
                    }
                }
            }, "token-owner-watch");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            if (thread != null) {
                thread.join(5000);
            }
        }

        private synchronized void poll() throws SQLException {
            Map<String, String> now = new TreeMap<>();
            try (Connection c = db.connect(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT processor_name, segment, owner FROM token_entry")) {
                while (rs.next()) {
                    now.put(rs.getString(1) + "/" + rs.getInt(2), rs.getString(3) == null ? "-" : pidOf(rs.getString(3)));
                }
            }
            Set<String> owners = new TreeSet<>(now.values());
            owners.remove("-");
            mostAtOnce.accumulateAndGet(owners.size(), Math::max);
            for (var e : now.entrySet()) {
                String before = current.put(e.getKey(), e.getValue());
                if (!e.getValue().equals(before)) {
                    changes.add(String.format("+%.1f s %s: %s -> %s", (System.nanoTime() - t0) / 1e9, e.getKey(),
                            before == null ? "(new)" : before, e.getValue()));
                }
                if (!"-".equals(e.getValue())) {
                    ownersSeen.add(e.getValue());
                }
            }
        }

        private static String pidOf(String owner) {
            int at = owner.indexOf('@');
            return at < 0 ? owner : owner.substring(0, at + 1);
        }

        synchronized int held(PackagedApp app) {
            return (int) current.values().stream().filter(owner(app)::equals).count();
        }

        synchronized Map<String, Integer> segmentsByOwner() {
            Map<String, Integer> by = new TreeMap<>();
            current.values().forEach(o -> by.merge(o, 1, Integer::sum));
            return by;
        }

        Set<String> ownersSeen() {
            return new TreeSet<>(ownersSeen);
        }

        int mostOwnersAtOnce() {
            return mostAtOnce.get();
        }

        List<String> changes() {
            synchronized (changes) {
                return List.copyOf(changes);
            }
        }

        /** Waits until the survivor holds every segment; returns the time since {@code since} (System.nanoTime). */
        Duration awaitAllOwnedBy(PackagedApp survivor, long since, Duration limit) throws Exception {
            long deadline = System.nanoTime() + limit.toNanos();
            while (System.nanoTime() < deadline) {
                poll();
                synchronized (this) {
                    if (!current.isEmpty() && current.values().stream().allMatch(owner(survivor)::equals)) {
                        return Duration.ofNanos(System.nanoTime() - since);
                    }
                }
                Thread.sleep(50);
            }
            throw new AssertionError(survivor.name() + " did not take over every segment within " + limit + ": "
                    + segmentsByOwner());
        }
    }

    /** Clients registering reagent lots through given instances until stopped; remembers what was acknowledged. */
    private static final class Writers {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ExecutorService pool;
        private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        private final Map<String, AtomicInteger> byInstance = new HashMap<>();

        private Writers(int threads) {
            pool = Executors.newFixedThreadPool(threads);
        }

        static Writers start(List<PackagedApp> apps, int clientsPerInstance) {
            Writers w = new Writers(apps.size() * clientsPerInstance);
            for (PackagedApp app : apps) {
                AtomicInteger count = new AtomicInteger();
                w.byInstance.put(app.name(), count);
                for (int i = 0; i < clientsPerInstance; i++) {
                    w.pool.submit(() -> w.write(app, count));
                }
            }
            return w;
        }

        private Void write(PackagedApp app, AtomicInteger count) throws InterruptedException {
            while (running.get() && app.isAlive()) {
                String body = """
                        {"chemicalName":"Octane","casNumber":"111-65-9","supplier":"Sigma-Aldrich","lotNumber":"TWO-%s",
                         "purityPercent":99,"amount":100,"amountUnit":"mL","receivedOn":"2024-01-01"}"""
                        .formatted(UUID.randomUUID());
                try {
                    HttpResponse<String> r = app.post("/api/reagent-lots", body);
                    if (r.statusCode() == 201 || r.statusCode() == 202) {
                        String location = r.headers().firstValue("Location").orElseThrow();
                        acknowledged.add(location.substring(location.lastIndexOf('/') + 1));
                        count.incrementAndGet();
                    }
                } catch (IOException killed) {
                    // the instance died mid-request: this write was never acknowledged
                }
            }
            return null;
        }

        int count(PackagedApp app) {
            return byInstance.get(app.name()).get();
        }

        void awaitAcknowledged(PackagedApp app, int atLeast) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (count(app) < atLeast) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(app.name() + " acknowledged " + count(app) + " writes within 60 s, not "
                            + atLeast);
                }
                Thread.sleep(20);
            }
        }

        Set<String> acknowledged() {
            return Set.copyOf(acknowledged);
        }

        void stop() throws InterruptedException {
            running.set(false);
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
    }
}
