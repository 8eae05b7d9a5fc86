package org.photonledger.domain.measurement;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.photonledger.domain.step.StepHistory;
import org.photonledger.domain.units.Dimension;
import org.photonledger.domain.validation.FieldErrors;
import org.photonledger.domain.validation.InvalidInputException;

/**
 * One measurement run from start to its one end: completed (with its raw data), aborted by a user (with a reason),
 * failed (with the instrument's message) or interrupted (found running after a restart). Raw data may be recorded
 * once, while running, also on the way to an early end, so that nothing acquired is lost. Started through
 * {@link MeasurementStartHandler}, which checks the target.
 */
@AggregateRoot(type = "Measurement")
public class Measurement {

    static final int MAX_SETTINGS = 500;
    static final int MAX_TEXT = 2000;
    static final String PLTAGS = "pltags-v1";
    static final String CSV = "csv";

    @AggregateIdentifier
    private MeasurementId measurementId;
    private MeasurementType type;
    private MeasurementStatus status;
    private boolean rawDataRecorded;
    private String rawSha256;

    protected Measurement() {
        // for Axon's event sourcing
    }

    /** Starts the run; the caller has checked the input with {@link #check} and resolved the target. */
    Measurement(StartMeasurement command, MeasurementTarget target) {
        apply(new MeasurementStarted(command.measurementId(), command.type(), target, command.parameters(),
                command.duration(), command.instruments()));
    }

    /** Every problem with a start's input that can be seen without looking at the target. */
    static FieldErrors check(StartMeasurement command) {
        FieldErrors errors = new FieldErrors()
                .required("measurementId", command.measurementId())
                .required("type", command.type())
                .positive("duration", command.duration(), Dimension.TIME);
        if (command.cavityId() == null && command.filmId() == null) {
            errors.add("target", null, "is required: a cavity (cavityId) or a position on a film (filmId, position)");
        } else if (command.cavityId() != null && command.filmId() != null) {
            errors.add("target", command.cavityId() + ", " + command.filmId(),
                    "give either a cavity or a film, not both");
        }
        if (command.parameters() == null) {
            errors.add("parameters", null, "are required (may be empty)");
        } else if (command.parameters().size() > MAX_SETTINGS) {
            errors.add("parameters", command.parameters().size(), "at most " + MAX_SETTINGS + " parameters");
        }
        if (command.instruments() == null || command.instruments().instruments().isEmpty()) {
            errors.add("instruments", null, "the instrument snapshot is required: a measurement without its settings "
                    + "cannot be traced");
        }
        return errors;
    }

    @CommandHandler
    void handle(RecordRawData command) {
        refuseUnlessRunning("record raw data for");
        FieldErrors errors = new FieldErrors();
        RawDataRecord raw = command.raw();
        if (raw == null) {
            errors.add("raw", null, "is required");
        } else {
            if (raw.sha256() == null || !raw.sha256().matches("[0-9a-f]{64}")) {
                errors.add("raw.sha256", raw.sha256(), "must be 64 lower-case hex digits");
            }
            if (!PLTAGS.equals(raw.format()) && !CSV.equals(raw.format())) {
                errors.add("raw.format", raw.format(), "must be " + PLTAGS + " or " + CSV);
            } else if ((type.rawDataKind() == MeasurementType.RawDataKind.TIME_TAGS) != PLTAGS.equals(raw.format())) {
                errors.add("raw.format", raw.format(), "a " + type.title() + " produces "
                        + (type.rawDataKind() == MeasurementType.RawDataKind.TIME_TAGS ? "time tags (" + PLTAGS + ")"
                        : "a table (" + CSV + ")"));
            }
            if (raw.bytes() < 0 || raw.records() < 0 || raw.durationPs() < 0) {
                errors.add("raw", raw, "sizes, counts and duration must not be negative");
            }
        }
        if (rawDataRecorded) {
            errors.add("raw", null, "raw data was already recorded for measurement " + measurementId);
        }
        errors.throwIfAny();
        apply(new RawDataRecorded(measurementId, raw));
    }

    @CommandHandler
    void handle(CompleteMeasurement command) {
        refuseUnlessRunning("complete");
        if (!rawDataRecorded) {
            throw InvalidInputException.of("measurementId", measurementId, "has no raw data recorded; a measurement "
                    + "completes only with its data");
        }
        List<Setting> summary = command.summary() == null ? List.of() : command.summary();
        if (summary.size() > MAX_SETTINGS) {
            throw InvalidInputException.of("summary", summary.size(), "at most " + MAX_SETTINGS + " entries");
        }
        apply(new MeasurementCompleted(measurementId, summary));
    }

    @CommandHandler
    void handle(AbortMeasurement command) {
        refuseUnlessRunning("abort");
        StepHistory.checkReason(new FieldErrors(), command.reason()).throwIfAny();
        apply(new MeasurementAborted(measurementId, command.reason().strip()));
    }

    @CommandHandler
    void handle(FailMeasurement command) {
        refuseUnlessRunning("fail");
        String message = command.message() == null || command.message().isBlank() ? "unknown error (no message)"
                : command.message().strip();
        apply(new MeasurementFailed(measurementId, message.length() > MAX_TEXT
                ? message.substring(0, MAX_TEXT - 1) + "…" : message));
    }

    @CommandHandler
    void handle(MarkMeasurementInterrupted command) {
        refuseUnlessRunning("mark as interrupted");
        new FieldErrors().maxLength("note", command.note(), MAX_TEXT).throwIfAny();
        apply(new MeasurementInterrupted(measurementId, command.note() == null || command.note().isBlank()
                ? "the application stopped while the measurement was running" : command.note().strip()));
    }

    private void refuseUnlessRunning(String what) {
        if (status != MeasurementStatus.RUNNING) {
            throw InvalidInputException.of("measurementId", measurementId, "is " + status.title()
                    + "; only a running measurement can " + (what.endsWith(" for") ? "have raw data recorded" : "be "
                    + pastTense(what)));
        }
    }

    private static String pastTense(String verb) {
        return switch (verb) {
            case "complete" -> "completed";
            case "abort" -> "aborted";
            case "fail" -> "failed";
            default -> "marked as interrupted";
        };
    }

    public MeasurementId measurementId() {
        return measurementId;
    }

    /** The recorded raw data's hash, or null before it is recorded. */
    public String rawSha256() {
        return rawSha256;
    }

    public MeasurementStatus status() {
        return status;
    }

    @EventSourcingHandler
    void on(MeasurementStarted e) {
        this.measurementId = e.measurementId();
        this.type = e.type();
        this.status = MeasurementStatus.RUNNING;
    }

    @EventSourcingHandler
    void on(RawDataRecorded e) {
        this.rawDataRecorded = true;
        this.rawSha256 = e.raw().sha256();
    }

    @EventSourcingHandler
    void on(MeasurementCompleted e) {
        this.status = MeasurementStatus.COMPLETED;
    }

    @EventSourcingHandler
    void on(MeasurementAborted e) {
        this.status = MeasurementStatus.ABORTED;
    }

    @EventSourcingHandler
    void on(MeasurementFailed e) {
        this.status = MeasurementStatus.FAILED;
    }

    @EventSourcingHandler
    void on(MeasurementInterrupted e) {
        this.status = MeasurementStatus.INTERRUPTED;
    }
}
