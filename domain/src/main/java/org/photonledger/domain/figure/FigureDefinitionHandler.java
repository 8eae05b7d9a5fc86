package org.photonledger.domain.figure;

import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.photonledger.domain.AggregateLookup;
import org.photonledger.domain.measurement.Measurement;
import org.photonledger.domain.measurement.MeasurementId;
import org.photonledger.domain.result.Result;
import org.photonledger.domain.result.ResultId;
import org.photonledger.domain.validation.FieldErrors;

/**
 * Defines and revises figures. Everything a panel draws must exist — results by id, measurements by id with raw
 * data recorded — so a figure never names data that is not there; every problem is reported at once.
 */
public class FigureDefinitionHandler {

    private final Repository<Result> results;
    private final Repository<Measurement> measurements;
    private final Repository<Figure> figures;

    public FigureDefinitionHandler(Repository<Result> results, Repository<Measurement> measurements,
            Repository<Figure> figures) {
        this.results = results;
        this.measurements = measurements;
        this.figures = figures;
    }

    @CommandHandler
    public FigureId handle(DefineFigure command) throws Exception {
        FieldErrors errors = Figure.check(command.name(), command.caption(), command.panels());
        if (command.figureId() == null) {
            errors.add("figureId", null, "is required");
        } else if (AggregateLookup.find(figures, command.figureId().value()).isPresent()) {
            errors.add("figureId", command.figureId(), "is already used by another figure");
        }
        references(errors, command.panels());
        errors.throwIfAny();
        figures.newInstance(() -> new Figure(command));
        return command.figureId();
    }

    @CommandHandler
    public void handle(ReviseFigure command) {
        FieldErrors errors = Figure.check(command.name(), command.caption(), command.panels())
                .required("reason", command.reason() == null || command.reason().isBlank() ? null : command.reason())
                .maxLength("reason", command.reason(), Figure.MAX_REASON);
        Optional<Aggregate<Figure>> figure = command.figureId() == null ? Optional.empty()
                : AggregateLookup.find(figures, command.figureId().value());
        if (figure.isEmpty()) {
            errors.add("figureId", command.figureId(), "no figure with this id exists");
        }
        references(errors, command.panels());
        errors.throwIfAny();
        figure.get().execute(f -> f.revise(command));
    }

    private void references(FieldErrors errors, List<Panel> panels) {
        if (panels == null) {
            return;
        }
        for (int i = 0; i < panels.size(); i++) {
            Panel p = panels.get(i);
            if (p == null) {
                continue;
            }
            for (ResultId r : p.resultIds()) {
                if (r != null && AggregateLookup.find(results, r.value()).isEmpty()) {
                    errors.add("panels[" + i + "].resultIds", r, "no result with this id exists");
                }
            }
            for (MeasurementId m : p.measurementIds()) {
                if (m == null) {
                    continue;
                }
                Optional<Aggregate<Measurement>> run = AggregateLookup.find(measurements, m.value());
                if (run.isEmpty()) {
                    errors.add("panels[" + i + "].measurementIds", m, "no measurement with this id exists");
                } else if (run.get().invoke(Measurement::rawSha256) == null) {
                    errors.add("panels[" + i + "].measurementIds", m, "has no raw data recorded");
                }
            }
        }
    }
}
