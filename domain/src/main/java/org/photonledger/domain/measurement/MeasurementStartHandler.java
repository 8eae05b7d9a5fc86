package org.photonledger.domain.measurement;

import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.photonledger.domain.AggregateLookup;
import org.photonledger.domain.cavity.Cavity;
import org.photonledger.domain.cavity.DotSelection;
import org.photonledger.domain.film.Film;
import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.units.Unit;
import org.photonledger.domain.validation.FieldErrors;

/**
 * Starts measurements. The target must be a cavity that can still be used and has a configuration in force (the run
 * records which one), or a film that was not voided, at a position within the stage's reach. Every problem is
 * reported at once; nothing is stored unless all hold.
 */
public class MeasurementStartHandler {

    /** How far from the film's origin a position may be, in µm (the stage travel of the set-ups we know). */
    static final double POSITION_LIMIT_UM = 10_000;

    private final Repository<Cavity> cavities;
    private final Repository<Film> films;
    private final Repository<Measurement> measurements;

    public MeasurementStartHandler(Repository<Cavity> cavities, Repository<Film> films,
            Repository<Measurement> measurements) {
        this.cavities = cavities;
        this.films = films;
        this.measurements = measurements;
    }

    @CommandHandler
    public MeasurementId handle(StartMeasurement command) throws Exception {
        FieldErrors errors = Measurement.check(command);
        if (command.measurementId() != null
                && AggregateLookup.find(measurements, command.measurementId().value()).isPresent()) {
            errors.add("measurementId", command.measurementId(), "is already used by another measurement");
        }
        MeasurementTarget target = null;
        if (command.cavityId() != null && command.filmId() == null) {
            target = cavityTarget(command, errors);
        } else if (command.filmId() != null && command.cavityId() == null) {
            target = filmTarget(command, errors);
        }
        errors.throwIfAny();
        MeasurementTarget resolved = target;
        measurements.newInstance(() -> new Measurement(command, resolved));
        return command.measurementId();
    }

    private MeasurementTarget cavityTarget(StartMeasurement command, FieldErrors errors) {
        Optional<Aggregate<Cavity>> loaded = AggregateLookup.find(cavities, command.cavityId().value());
        if (loaded.isEmpty()) {
            errors.add("cavityId", command.cavityId(), "no cavity with this id exists");
            return null;
        }
        return loaded.get().invoke(c -> {
            Optional<String> unusable = c.whyNotConfigurable();
            if (unusable.isPresent()) {
                errors.add("cavityId", command.cavityId(), unusable.get().replace("; it can no longer be configured",
                        "; it can no longer be measured"));
                return null;
            }
            if (c.activeConfiguration().isEmpty()) {
                errors.add("cavityId", command.cavityId(), "has no configuration in force; configure the cavity "
                        + "(length, mode, resonance) before measuring it");
                return null;
            }
            PlanePosition dot = c.dot().map(DotSelection::position).orElse(null);
            return new MeasurementTarget(c.cavityId(), c.activeConfiguration().get(), c.filmId(), dot);
        });
    }

    private MeasurementTarget filmTarget(StartMeasurement command, FieldErrors errors) {
        if (command.position() == null) {
            errors.add("position", null, "is required for a film measurement: where on the film (x, y)");
        } else {
            PlanePosition.check(errors, "position", command.position(), POSITION_LIMIT_UM, Unit.MICROMETRE);
        }
        Optional<Aggregate<Film>> loaded = AggregateLookup.find(films, command.filmId().value());
        if (loaded.isEmpty()) {
            errors.add("filmId", command.filmId(), "no film with this id exists");
            return null;
        }
        return loaded.get().invoke(f -> {
            f.whyNotUsable().ifPresent(p -> errors.add("filmId", command.filmId(), p
                    + "; it can no longer be measured"));
            return new MeasurementTarget(null, null, f.filmId(), command.position());
        });
    }
}
