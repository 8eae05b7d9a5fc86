package org.photonledger.domain.result;

import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.photonledger.domain.AggregateLookup;
import org.photonledger.domain.measurement.Measurement;
import org.photonledger.domain.validation.FieldErrors;

/**
 * Records computed results. The input must be a measurement whose raw data was recorded with exactly the hash the
 * analysis read, so every result names data that exists and was not swapped.
 */
public class ResultComputeHandler {

    private final Repository<Measurement> measurements;
    private final Repository<Result> results;

    public ResultComputeHandler(Repository<Measurement> measurements, Repository<Result> results) {
        this.measurements = measurements;
        this.results = results;
    }

    @CommandHandler
    public ResultId handle(ComputeResult command) throws Exception {
        FieldErrors errors = Result.check(command);
        if (command.resultId() != null && AggregateLookup.find(results, command.resultId().value()).isPresent()) {
            errors.add("resultId", command.resultId(), "is already used by another result");
        }
        if (command.measurementId() != null) {
            Optional<Aggregate<Measurement>> loaded = AggregateLookup.find(measurements,
                    command.measurementId().value());
            if (loaded.isEmpty()) {
                errors.add("measurementId", command.measurementId(), "no measurement with this id exists");
            } else {
                String recorded = loaded.get().invoke(Measurement::rawSha256);
                if (recorded == null) {
                    errors.add("measurementId", command.measurementId(), "has no raw data recorded");
                } else if (command.rawSha256() != null && !recorded.equals(command.rawSha256())) {
                    errors.add("rawSha256", command.rawSha256(), "is not the raw data of measurement "
                            + command.measurementId() + " (" + recorded + ")");
                }
            }
        }
        errors.throwIfAny();
        results.newInstance(() -> new Result(command));
        return command.resultId();
    }
}
