package org.photonledger.domain.result;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.photonledger.domain.validation.FieldErrors;
import org.photonledger.domain.validation.InvalidInputException;

/**
 * A number the lab may report, with its uncertainty, computed from one measurement's raw data; it can be marked
 * reported under labels (never un-reported: a retraction would be a new event with a reason). Computed through
 * {@link ResultComputeHandler}, which checks the measurement and its data hash.
 */
@AggregateRoot(type = "Result")
public class Result {

    static final int MAX_TEXT = 200;
    static final int MAX_VALUES = 100;
    static final int MAX_REASON = 1000;

    @AggregateIdentifier
    private ResultId resultId;
    private final Set<String> labels = new HashSet<>();

    protected Result() {
        // for Axon's event sourcing
    }

    Result(ComputeResult c) {
        apply(new ResultComputed(c.resultId(), c.measurementId(), c.rawSha256(), c.model().strip(), c.method().strip(),
                c.parameters() == null ? List.of() : c.parameters(), c.values(), c.headline(), c.chi2Reduced()));
    }

    static FieldErrors check(ComputeResult c) {
        FieldErrors errors = new FieldErrors()
                .required("resultId", c.resultId())
                .required("measurementId", c.measurementId())
                .required("model", c.model() == null || c.model().isBlank() ? null : c.model())
                .maxLength("model", c.model(), MAX_TEXT)
                .required("method", c.method() == null || c.method().isBlank() ? null : c.method())
                .maxLength("method", c.method(), MAX_TEXT);
        if (c.method() != null && !c.method().isBlank() && !c.method().contains("@")) {
            errors.add("method", c.method(), "must name its version (\"g2-pulsed@1\")");
        }
        if (c.rawSha256() == null || !c.rawSha256().matches("[0-9a-f]{64}")) {
            errors.add("rawSha256", c.rawSha256(), "must be the 64 hex digits of the raw data analysed");
        }
        if (c.values() == null || c.values().isEmpty()) {
            errors.add("values", null, "at least one value is required");
        } else if (c.values().size() > MAX_VALUES) {
            errors.add("values", c.values().size(), "at most " + MAX_VALUES);
        } else {
            Set<String> names = new HashSet<>();
            for (int i = 0; i < c.values().size(); i++) {
                ResultValue v = c.values().get(i);
                if (v == null || v.name() == null || v.name().isBlank()) {
                    errors.add("values[" + i + "].name", null, "is required");
                    continue;
                }
                if (!names.add(v.name())) {
                    errors.add("values[" + i + "].name", v.name(), "appears twice");
                }
                if (!Double.isFinite(v.value())) {
                    errors.add("values[" + i + "].value", v.value(), "must be a finite number");
                }
                if (!(v.sigma() >= 0) || Double.isInfinite(v.sigma())) {
                    errors.add("values[" + i + "].sigma", v.sigma(), "must be a finite uncertainty ≥ 0");
                }
            }
            if (c.headline() == null || !names.contains(c.headline())) {
                errors.add("headline", c.headline(), "must name one of the values " + names);
            }
        }
        if (c.chi2Reduced() != null && !(c.chi2Reduced() >= 0)) {
            errors.add("chi2Reduced", c.chi2Reduced(), "must be ≥ 0 when given");
        }
        return errors;
    }

    @CommandHandler
    void handle(ReportResult command) {
        FieldErrors errors = new FieldErrors()
                .required("label", command.label() == null || command.label().isBlank() ? null : command.label())
                .maxLength("label", command.label(), MAX_TEXT)
                .required("reason", command.reason() == null || command.reason().isBlank() ? null : command.reason())
                .maxLength("reason", command.reason(), MAX_REASON);
        errors.throwIfAny();
        if (labels.contains(command.label().strip())) {
            throw InvalidInputException.of("label", command.label(), "result " + resultId + " is already reported "
                    + "under this label");
        }
        apply(new ResultReported(resultId, command.label().strip(), command.reason().strip()));
    }

    @CommandHandler
    void handle(SignResult command, @org.axonframework.messaging.annotation.MetaDataValue(
            org.photonledger.domain.audit.MetadataKeys.ACTOR) String signer) {
        org.photonledger.domain.signature.SignatureRules.check(command.meaning(), command.sha256(), command.lineage(),
                signer).throwIfAny();
        if (!command.lineage().getFirst().id().equals(resultId.value())) {
            throw InvalidInputException.of("lineage[0]", command.lineage().getFirst().id(), "must be the signed result "
                    + resultId);
        }
        apply(new ResultSigned(resultId, command.meaning(), command.sha256(), List.copyOf(command.lineage()), signer));
    }

    @EventSourcingHandler
    void on(ResultComputed e) {
        this.resultId = e.resultId();
    }

    @EventSourcingHandler
    void on(ResultSigned e) {
        // a signature changes nothing the result decides on; it is checked against the lineage when read
    }

    @EventSourcingHandler
    void on(ResultReported e) {
        labels.add(e.label());
    }
}
