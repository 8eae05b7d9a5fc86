package org.photonledger.ui.result;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.jboss.logging.Logger;
import org.photonledger.domain.audit.MetadataKeys;
import org.photonledger.domain.measurement.MeasurementStarted;
import org.photonledger.domain.measurement.MeasurementType;
import org.photonledger.domain.measurement.RawDataRecorded;
import org.photonledger.domain.result.ComputeResult;
import org.photonledger.domain.result.ResultId;
import org.photonledger.domain.validation.InvalidInputException;
import org.photonledger.processing.result.AnalysisOptions;
import org.photonledger.processing.result.MeasurementAnalysis;
import org.photonledger.ui.axon.ActorContext;
import org.photonledger.ui.axon.AxonRuntime;
import org.photonledger.ui.measurement.MeasurementService;

/**
 * Analyses every run's raw data as soon as it is recorded (the standard analysis of its type, with the parameters
 * the run recorded) and records the outcome as a result, as the {@code system} actor. Result ids are derived from run
 * and model, so a replay of this processor records nothing twice; data that cannot be fitted (too few photons, an
 * aborted run's stub) is logged and skipped rather than blocking the processor.
 */
@ApplicationScoped
@ProcessingGroup(AutoAnalysis.GROUP)
public class AutoAnalysis {

    public static final String GROUP = "analysis";
    private static final Logger LOG = Logger.getLogger(AutoAnalysis.class);
    private static final java.util.concurrent.ExecutorService SENDER = java.util.concurrent.Executors
            .newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "auto-analysis-results");
                t.setDaemon(true);
                return t;
            });

    @Inject
    AxonRuntime axon;

    @Inject
    MeasurementService measurements;

    @Inject
    ResultService results;

    @EventHandler
    void on(RawDataRecorded e) {
        Optional<MeasurementStarted> started = measurements.started(e.measurementId().value());
        if (started.isEmpty() || !MeasurementAnalysis.analysable(started.get().type())) {
            return;
        }
        MeasurementType type = started.get().type();
        Optional<MeasurementAnalysis.Outcome> outcome;
        try {
            outcome = analyse(type, started.get(), e);
        } catch (RuntimeException failed) {
            LOG.warnf("No %s result for measurement %s: %s", type.slug(), e.measurementId(), failed.getMessage());
            return;
        }
        outcome.ifPresent(o -> record(e, o));
    }

    private Optional<MeasurementAnalysis.Outcome> analyse(MeasurementType type, MeasurementStarted started,
            RawDataRecorded e) {
        return results.analyse(started, e.raw(), AnalysisOptions.defaults(MeasurementAnalysis.model(type)));
    }

    private void record(RawDataRecorded e, MeasurementAnalysis.Outcome o) {
        ResultId resultId = ResultId.of(e.measurementId().value(), o.model());
        if (axon.eventStore().readEvents(resultId.value()).hasNext()) {
            return; // recorded before this replay
        }
        ComputeResult command = new ComputeResult(resultId, e.measurementId(), e.raw().sha256(), o.model(), o.method(),
                o.parameters(), o.values(), o.headline(), o.chi2Reduced());
        try {
            // in its own transaction: a refusal must not roll back (and so endlessly retry) this processor's batch
            java.util.concurrent.CompletableFuture.runAsync(() -> ActorContext.runAs(MetadataKeys.SYSTEM,
                    () -> axon.commandGateway().sendAndWait(command)), SENDER).join();
        } catch (java.util.concurrent.CompletionException failed) {
            Throwable refused = failed.getCause();
            if (refused instanceof CommandExecutionException c && c.getCause() instanceof InvalidInputException invalid
                    && invalid.errors().stream().anyMatch(f -> f.message().contains("already used"))) {
                return; // recorded concurrently
            }
            LOG.warnf("Result %s of measurement %s refused: %s", resultId, e.measurementId(), refused.getMessage());
        }
    }
}
