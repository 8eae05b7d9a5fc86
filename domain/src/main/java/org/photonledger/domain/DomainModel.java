package org.photonledger.domain;

import java.util.List;
import java.util.function.Function;
import org.axonframework.modelling.command.Repository;
import org.photonledger.domain.cavity.Cavity;
import org.photonledger.domain.cavity.CavityAssemblyHandler;
import org.photonledger.domain.film.Film;
import org.photonledger.domain.measurement.Measurement;
import org.photonledger.domain.measurement.MeasurementStartHandler;
import org.photonledger.domain.film.SpinCoatingHandler;
import org.photonledger.domain.mirror.Mirror;
import org.photonledger.domain.reagent.ReagentLot;
import org.photonledger.domain.sample.QdSample;
import org.photonledger.domain.sample.SamplePreparationHandler;
import org.photonledger.domain.synthesis.SynthesisBatch;
import org.photonledger.domain.synthesis.SynthesisStepHandler;

/** The event-sourced aggregates of the model, for the application's Axon configuration to register. */
public final class DomainModel {

    private DomainModel() {
    }

    public static List<Class<?>> aggregateTypes() {
        return List.of(ReagentLot.class, SynthesisBatch.class, QdSample.class, Mirror.class, Film.class, Cavity.class,
                Measurement.class, org.photonledger.domain.result.Result.class,
                org.photonledger.domain.figure.Figure.class);
    }

    /**
     * Command handlers that span several aggregates (they load them through repositories so that every change
     * of one command commits or fails together). {@code repositories} gives the repository of each type in
     * {@link #aggregateTypes()}; no command is handled both here and by an aggregate.
     */
    public static List<Object> commandHandlers(Function<Class<?>, Repository<?>> repositories) {
        return List.of(
                new SynthesisStepHandler(repository(repositories, ReagentLot.class),
                        repository(repositories, SynthesisBatch.class)),
                new SamplePreparationHandler(repository(repositories, ReagentLot.class),
                        repository(repositories, SynthesisBatch.class), repository(repositories, QdSample.class)),
                new SpinCoatingHandler(repository(repositories, QdSample.class), repository(repositories, Mirror.class),
                        repository(repositories, Film.class)),
                new CavityAssemblyHandler(repository(repositories, Mirror.class), repository(repositories, Film.class),
                        repository(repositories, Cavity.class)),
                new MeasurementStartHandler(repository(repositories, Cavity.class), repository(repositories, Film.class),
                        repository(repositories, Measurement.class)),
                new org.photonledger.domain.result.ResultComputeHandler(repository(repositories, Measurement.class),
                        repository(repositories, org.photonledger.domain.result.Result.class)),
                new org.photonledger.domain.figure.FigureDefinitionHandler(
                        repository(repositories, org.photonledger.domain.result.Result.class),
                        repository(repositories, Measurement.class),
                        repository(repositories, org.photonledger.domain.figure.Figure.class)));
    }

    @SuppressWarnings("unchecked")
    private static <T> Repository<T> repository(Function<Class<?>, Repository<?>> repositories, Class<T> type) {
        Repository<?> repository = repositories.apply(type);
        if (repository == null) {
            throw new IllegalStateException("no repository for aggregate " + type.getSimpleName());
        }
        return (Repository<T>) repository;
    }
}
