package org.photonledger.ui.result;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.photonledger.acquisition.measurement.PlanParameters;
import org.photonledger.acquisition.rawstore.RawDataId;
import org.photonledger.acquisition.rawstore.RawTagReader;
import org.photonledger.domain.audit.MetadataKeys;
import org.photonledger.domain.measurement.MeasurementStarted;
import org.photonledger.domain.measurement.MeasurementType;
import org.photonledger.domain.measurement.RawDataRecord;
import org.photonledger.domain.measurement.RawDataRecorded;
import org.photonledger.domain.result.ComputeResult;
import org.photonledger.domain.result.ReportResult;
import org.photonledger.domain.result.ResultComputed;
import org.photonledger.domain.result.ResultId;
import org.photonledger.domain.result.ResultReported;
import org.photonledger.domain.result.ResultValue;
import org.photonledger.domain.validation.FieldErrors;
import org.photonledger.domain.validation.InvalidInputException;
import org.photonledger.processing.result.AnalysisOptions;
import org.photonledger.processing.result.MeasurementAnalysis;
import org.photonledger.ui.axon.AxonRuntime;
import org.photonledger.ui.measurement.MeasurementService;

/**
 * Results as the event store holds them, and the three things one does with them: analyse a run's raw data (with the
 * standard choices, or with other choices and a reason: a new result, the old one stays), recompute a recorded result
 * from its raw data to show it still holds, and report one under a label with a reason.
 */
@ApplicationScoped
public class ResultService {

    /** Relative agreement a recomputed value must reach to count as the same number. */
    static final double TOLERANCE = 1e-9;
    static final int MAX_REASON = 1000;

    @Inject
    AxonRuntime axon;

    @Inject
    MeasurementService measurements;

    /** A result's record: how it was computed, by whom, when and why, and every report of it. */
    public record Record(ResultComputed computed, String actor, Instant at, String reason, List<Report> reports) {
    }

    /** One report of a result. */
    public record Report(String label, String reason, String actor, Instant at) {
    }

    /** A recorded result computed again from its raw data now: the fresh outcome and every value that differs. */
    public record Recomputed(MeasurementAnalysis.Outcome outcome, List<String> differences) {

        public boolean matches() {
            return differences.isEmpty();
        }
    }

    public Optional<Record> record(String resultId) {
        ResultComputed computed = null;
        String actor = null;
        Instant at = null;
        String reason = null;
        List<Report> reports = new ArrayList<>();
        for (DomainEventMessage<?> m : axon.eventStore().readEvents(resultId).asStream().toList()) {
            Object who = m.getMetaData().get(MetadataKeys.ACTOR);
            if (m.getPayload() instanceof ResultComputed c) {
                computed = c;
                actor = who == null ? MetadataKeys.SYSTEM : who.toString();
                at = m.getTimestamp();
                Object why = m.getMetaData().get(MetadataKeys.REASON);
                reason = why == null ? null : why.toString();
            } else if (m.getPayload() instanceof ResultReported r) {
                reports.add(new Report(r.label(), r.reason(), who == null ? MetadataKeys.SYSTEM : who.toString(),
                        m.getTimestamp()));
            }
        }
        return computed == null ? Optional.empty() : Optional.of(new Record(computed, actor, at, reason, reports));
    }

    /** The raw data a run recorded, as its event holds it. */
    public Optional<RawDataRecord> raw(String measurementId) {
        return axon.eventStore().readEvents(measurementId).asStream().map(DomainEventMessage::getPayload)
                .filter(RawDataRecorded.class::isInstance).map(p -> ((RawDataRecorded) p).raw()).findFirst();
    }

    /** Analyses a run's recorded raw data with the given choices (a pure function of data, parameters and choices). */
    public Optional<MeasurementAnalysis.Outcome> analyse(MeasurementStarted started, RawDataRecord raw,
            AnalysisOptions options) {
        MeasurementType type = started.type();
        if (!MeasurementAnalysis.analysable(type)) {
            return Optional.empty();
        }
        RawDataId id = new RawDataId(raw.sha256());
        if (type.rawDataKind() == MeasurementType.RawDataKind.TABLE) {
            String csv = new String(measurements.rawStore().readBlob(id, "csv"), StandardCharsets.UTF_8);
            return MeasurementAnalysis.ofTable(type, csv, options);
        }
        PlanParameters p = MeasurementAnalysis.parameters(type, started.parameters());
        try (RawTagReader tags = measurements.rawStore().open(id)) {
            return MeasurementAnalysis.ofTags(type, p, tags, options);
        }
    }

    /**
     * Analyses a run again with other choices, as a new result with the reason recorded; the automatic result (and
     * every earlier re-analysis) stays as it was. Every problem — unknown run, no data, no analysis for its type, bad
     * options, missing reason — is reported at once by field.
     */
    public ResultId reanalyse(String measurementId, Map<String, String> options, String reason) {
        FieldErrors errors = new FieldErrors()
                .required("measurementId", measurementId == null || measurementId.isBlank() ? null : measurementId)
                .required("reason", reason == null || reason.isBlank() ? null : reason)
                .maxLength("reason", reason, MAX_REASON);
        Optional<MeasurementStarted> started = measurementId == null || measurementId.isBlank() ? Optional.empty()
                : measurements.started(measurementId.strip());
        Optional<RawDataRecord> raw = started.flatMap(s -> raw(s.measurementId().value()));
        AnalysisOptions parsed = null;
        if (measurementId != null && !measurementId.isBlank() && started.isEmpty()) {
            errors.add("measurementId", measurementId, "no measurement with this id exists");
        } else if (started.isPresent() && !MeasurementAnalysis.analysable(started.get().type())) {
            errors.add("measurementId", measurementId, "a " + started.get().type().slug() + " run has no analysis");
        } else if (started.isPresent() && raw.isEmpty()) {
            errors.add("measurementId", measurementId, "has no raw data recorded");
        } else if (started.isPresent()) {
            try {
                parsed = AnalysisOptions.parse(MeasurementAnalysis.model(started.get().type()), options);
            } catch (InvalidInputException invalid) {
                invalid.errors().forEach(f -> errors.add(f.field(), f.value(), f.message()));
            }
        }
        errors.throwIfAny();
        MeasurementAnalysis.Outcome outcome;
        try {
            outcome = analyse(started.get(), raw.get(), parsed).orElseThrow();
        } catch (IllegalArgumentException cannot) {
            throw InvalidInputException.of("options", options, "the analysis cannot use these data with these choices: "
                    + cannot.getMessage());
        }
        ResultId id = freeId(started.get().measurementId().value(), outcome.model());
        CommandMessage<?> command = GenericCommandMessage.asCommandMessage(new ComputeResult(id,
                started.get().measurementId(), raw.get().sha256(), outcome.model(), outcome.method(),
                outcome.parameters(), outcome.values(), outcome.headline(), outcome.chi2Reduced()))
                .andMetaData(Map.of(MetadataKeys.REASON, reason.strip()));
        axon.send(command);
        axon.awaitCaughtUp(Duration.ofSeconds(10));
        return id;
    }

    /** Marks a result as reported under a label, with the reason this one is the reported one. */
    public void report(String resultId, String label, String reason) {
        if (record(resultId).isEmpty()) {
            throw new jakarta.ws.rs.NotFoundException("no result with id '" + resultId + "'");
        }
        axon.send(new ReportResult(new ResultId(resultId), label, reason));
        axon.awaitCaughtUp(Duration.ofSeconds(10));
    }

    /**
     * Computes a recorded result again from its stored raw data with its recorded choices and compares every value
     * and uncertainty (relative tolerance {@value #TOLERANCE}): the analysis is a pure function, so they agree unless
     * the data, the method or the record changed.
     */
    public Optional<Recomputed> recompute(String resultId) {
        Optional<Record> record = record(resultId);
        if (record.isEmpty()) {
            return Optional.empty();
        }
        ResultComputed c = record.get().computed();
        MeasurementStarted started = measurements.started(c.measurementId().value()).orElseThrow(
                () -> new IllegalStateException("result " + resultId + " names measurement " + c.measurementId()
                        + ", which has no start event"));
        RawDataRecord raw = raw(c.measurementId().value()).orElseThrow(() -> new IllegalStateException(
                "measurement " + c.measurementId() + " has no raw data recorded"));
        List<String> differences = new ArrayList<>();
        if (!raw.sha256().equals(c.rawSha256())) {
            differences.add("raw data: the result read " + c.rawSha256() + ", the run recorded " + raw.sha256());
        }
        MeasurementAnalysis.Outcome outcome = analyse(started, raw, AnalysisOptions.recorded(c.model(),
                c.parameters())).orElseThrow();
        if (!outcome.method().equals(c.method())) {
            differences.add("method: recorded " + c.method() + ", now " + outcome.method());
        }
        for (ResultValue recorded : c.values()) {
            Optional<ResultValue> now = outcome.values().stream().filter(v -> v.name().equals(recorded.name()))
                    .findFirst();
            if (now.isEmpty()) {
                differences.add(recorded.name() + ": no longer computed");
            } else if (!close(recorded.value(), now.get().value()) || !close(recorded.sigma(), now.get().sigma())) {
                differences.add(recorded.name() + ": recorded " + recorded.display() + ", now " + now.get().display());
            }
        }
        return Optional.of(new Recomputed(outcome, differences));
    }

    static boolean close(double a, double b) {
        return a == b || Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
    }

    private ResultId freeId(String measurementId, String model) {
        String base = ResultId.of(measurementId, model).value();
        for (int n = 2; ; n++) {
            ResultId candidate = new ResultId(base + "-" + n);
            if (!axon.eventStore().readEvents(candidate.value()).hasNext()) {
                return candidate;
            }
        }
    }
}
