package org.photonledger.domain.figure;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.photonledger.domain.validation.FieldErrors;
import org.photonledger.domain.validation.InvalidInputException;

/**
 * A figure as a named, versioned definition of panels over recorded results and measurements. Defined and revised
 * through {@link FigureDefinitionHandler} (which checks that everything a panel names exists); a version is
 * published with a reason, once. Revising a published figure makes a new, unpublished version: what was published
 * stays what it was.
 */
@org.axonframework.modelling.command.AggregateRoot(type = "Figure")
public class Figure {

    static final int MAX_TEXT = 200;
    static final int MAX_CAPTION = 4000;
    static final int MAX_PANELS = 26;
    static final int MAX_REFERENCES = 50;
    static final int MAX_REASON = 1000;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");
    static final Set<String> PLACEHOLDERS = Set.of("value", "sigma", "unit", "name");

    @AggregateIdentifier
    private FigureId figureId;
    private int version;
    private int publishedVersion;

    protected Figure() {
        // for Axon's event sourcing
    }

    Figure(DefineFigure c) {
        apply(new FigureDefined(c.figureId(), c.name().strip(), strip(c.caption()), 1, c.panels()));
    }

    void revise(ReviseFigure c) {
        apply(new FigureRevised(figureId, c.name().strip(), strip(c.caption()), version + 1, c.panels(),
                c.reason().strip()));
    }

    int version() {
        return version;
    }

    @CommandHandler
    void handle(PublishFigure command) {
        new FieldErrors()
                .required("reason", command.reason() == null || command.reason().isBlank() ? null : command.reason())
                .maxLength("reason", command.reason(), MAX_REASON)
                .throwIfAny();
        if (publishedVersion == version) {
            throw InvalidInputException.of("figureId", figureId, "version " + version + " of figure " + figureId
                    + " is already published; revise it to publish a new version");
        }
        apply(new FigurePublished(figureId, version, command.reason().strip()));
    }

    @CommandHandler
    void handle(SignFigure command, @org.axonframework.messaging.annotation.MetaDataValue(
            org.photonledger.domain.audit.MetadataKeys.ACTOR) String signer) {
        org.photonledger.domain.validation.FieldErrors errors = org.photonledger.domain.signature.SignatureRules.check(
                command.meaning(), command.sha256(), command.lineage(), signer);
        if (command.version() != version) {
            errors.add("version", command.version(), "figure " + figureId + " is at version " + version
                    + " now; it was revised since you looked — reload it and check it again before signing");
        }
        errors.throwIfAny();
        apply(new FigureSigned(figureId, version, command.meaning(), command.sha256(), List.copyOf(command.lineage()),
                signer));
    }

    /** The problems of a definition's own content (names, panels, axes, annotation templates), all at once. */
    static FieldErrors check(String name, String caption, List<Panel> panels) {
        FieldErrors errors = new FieldErrors()
                .required("name", name == null || name.isBlank() ? null : name)
                .maxLength("name", name, MAX_TEXT)
                .maxLength("caption", caption, MAX_CAPTION);
        if (panels == null || panels.isEmpty()) {
            errors.add("panels", null, "at least one panel is required");
            return errors;
        }
        if (panels.size() > MAX_PANELS) {
            errors.add("panels", panels.size(), "at most " + MAX_PANELS + " panels");
            return errors;
        }
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < panels.size(); i++) {
            Panel p = panels.get(i);
            String at = "panels[" + i + "]";
            if (p == null) {
                errors.add(at, null, "is required");
                continue;
            }
            if (p.label() == null || !p.label().matches("[a-z]")) {
                errors.add(at + ".label", p.label(), "must be one lower-case letter a–z");
            } else if (!labels.add(p.label())) {
                errors.add(at + ".label", p.label(), "appears twice");
            }
            errors.required(at + ".title", p.title() == null || p.title().isBlank() ? null : p.title())
                    .maxLength(at + ".title", p.title(), MAX_TEXT)
                    .required(at + ".plotType", p.plotType())
                    .maxLength(at + ".note", p.note(), MAX_CAPTION)
                    .maxLength(at + ".annotation", p.annotation(), MAX_TEXT)
                    .maxLength(at + ".headlineValue", p.headlineValue(), MAX_TEXT);
            if (p.dataSha256() != null && !p.dataSha256().matches("[0-9a-f]{64}")) {
                errors.add(at + ".dataSha256", p.dataSha256(), "must be the 64 hex digits of the panel's data table");
            }
            if (p.resultIds().isEmpty() && p.measurementIds().isEmpty()) {
                errors.add(at, p.label(), "a panel must draw at least one result or measurement");
            }
            if (p.resultIds().size() + p.measurementIds().size() > MAX_REFERENCES) {
                errors.add(at, p.label(), "at most " + MAX_REFERENCES + " results and measurements per panel");
            }
            axis(errors, at + ".xAxis", p.xAxis());
            axis(errors, at + ".yAxis", p.yAxis());
            if (p.annotation() != null) {
                Matcher m = PLACEHOLDER.matcher(p.annotation());
                while (m.find()) {
                    if (!PLACEHOLDERS.contains(m.group(1))) {
                        errors.add(at + ".annotation", p.annotation(), "unknown placeholder {" + m.group(1)
                                + "}; allowed: {value}, {sigma}, {unit}, {name}");
                    }
                }
                if (p.resultIds().isEmpty() && m.reset().find()) {
                    errors.add(at + ".annotation", p.annotation(), "placeholders need a result to fill them in");
                }
            }
        }
        return errors;
    }

    private static void axis(FieldErrors errors, String field, Axis axis) {
        if (axis == null) {
            errors.add(field, null, "is required (label and unit)");
            return;
        }
        errors.required(field + ".label", axis.label() == null || axis.label().isBlank() ? null : axis.label())
                .maxLength(field + ".label", axis.label(), MAX_TEXT)
                .maxLength(field + ".unit", axis.unit(), 40);
        if ((axis.from() == null) != (axis.to() == null)) {
            errors.add(field, axis.from() == null ? axis.to() : axis.from(), "give both ends of the range or neither");
        } else if (axis.from() != null && (!Double.isFinite(axis.from()) || !Double.isFinite(axis.to())
                || axis.from() >= axis.to())) {
            errors.add(field + ".from", axis.from(), "must be a finite number below 'to' (" + axis.to() + ")");
        } else if (axis.from() != null && axis.logarithmic() && axis.from() <= 0) {
            errors.add(field + ".from", axis.from(), "must be positive on a logarithmic axis");
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @EventSourcingHandler
    void on(FigureDefined e) {
        this.figureId = e.figureId();
        this.version = e.version();
    }

    @EventSourcingHandler
    void on(FigureRevised e) {
        this.version = e.version();
    }

    @EventSourcingHandler
    void on(FigureSigned e) {
        // a signature changes nothing the figure decides on; it is checked against the lineage when read
    }

    @EventSourcingHandler
    void on(FigurePublished e) {
        this.publishedVersion = e.version();
    }
}
