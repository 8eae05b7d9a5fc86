package org.photonledger.ui.scale;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.photonledger.ui.axon.AxonRuntime;

/**
 * {@code ./photonledger generate} and {@code ./photonledger bench} run the application itself (same database, same
 * command path, same projections) in a mode that does the one job, prints its result and exits: exit code 0 done,
 * 1 refused (e.g. a database with real records), 2 bad options.
 */
@ApplicationScoped
public class ScaleMode {

    private static final Logger LOG = Logger.getLogger(ScaleMode.class);

    @ConfigProperty(name = "photonledger.mode", defaultValue = "serve")
    String mode;

    @ConfigProperty(name = "photonledger.generate.events", defaultValue = "0")
    long events;

    @ConfigProperty(name = "photonledger.generate.writers", defaultValue = "1")
    int writers;

    @ConfigProperty(name = "photonledger.generate.seed", defaultValue = "1")
    long seed;

    @ConfigProperty(name = "photonledger.generate.force", defaultValue = "false")
    boolean force;

    @ConfigProperty(name = "photonledger.bench.calls", defaultValue = "500")
    int calls;

    @ConfigProperty(name = "photonledger.bench.replay", defaultValue = "true")
    boolean replay;

    @ConfigProperty(name = "photonledger.bench.append", defaultValue = "2000")
    int append;

    @Inject
    LabHistoryGenerator generator;

    @Inject
    ScaleBench bench;

    @Inject
    AxonRuntime axon;

    void onStart(@Observes @Priority(5000) StartupEvent event) {
        if ("serve".equals(mode)) {
            return;
        }
        Thread job = new Thread(() -> Quarkus.asyncExit(run(System.out)), "photonledger-" + mode);
        job.start();
    }

    private int run(PrintStream out) {
        try {
            switch (mode) {
                case "generate" -> {
                    LabHistoryGenerator.Summary s = generator.generate(events, writers, seed, force, out);
                    out.printf(Locale.ROOT, "appended %,d events (%,d preparation units, %,d measurements) in %s with "
                            + "%d writer(s): %,.0f events/s%n", s.events(), s.units(), s.measurements(),
                            ScaleBench.duration(s.took()), s.writers(), s.eventsPerSecond());
                    long t0 = System.nanoTime();
                    boolean caughtUp = axon.awaitAllCaughtUp(Duration.ofHours(2));
                    out.printf(Locale.ROOT, "read models and automatic analysis %s %.1f s after the last append; "
                            + "the database now holds %,d events%n", caughtUp ? "caught up" : "NOT caught up within 2 h",
                            (System.nanoTime() - t0) / 1e9, axon.headIndex() + 1);
                    return caughtUp ? 0 : 1;
                }
                case "bench" -> {
                    bench.run(calls, replay, append, out);
                    return 0;
                }
                default -> {
                    out.println("photonledger: unknown mode '" + mode + "' (serve, generate, bench)");
                    return 2;
                }
            }
        } catch (IllegalArgumentException bad) {
            out.println("photonledger " + mode + ": " + bad.getMessage());
            return 2;
        } catch (IllegalStateException refused) {
            out.println("photonledger " + mode + ": " + refused.getMessage());
            return 1;
        } catch (Exception e) {
            LOG.errorf(e, "%s failed", mode);
            out.println("photonledger " + mode + ": failed: " + e);
            return 1;
        }
    }
}
