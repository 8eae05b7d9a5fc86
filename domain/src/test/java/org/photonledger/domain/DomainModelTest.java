package org.photonledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.photonledger.domain.cavity.Cavity;
import org.photonledger.domain.cavity.CavityEvent;
import org.photonledger.domain.film.Film;
import org.photonledger.domain.film.FilmEvent;
import org.photonledger.domain.mirror.Mirror;
import org.photonledger.domain.mirror.MirrorEvent;
import org.photonledger.domain.reagent.ReagentLot;
import org.photonledger.domain.reagent.ReagentLotEvent;
import org.photonledger.domain.sample.QdSample;
import org.photonledger.domain.sample.QdSampleEvent;
import org.photonledger.domain.synthesis.SynthesisBatch;
import org.photonledger.domain.synthesis.SynthesisBatchEvent;

/** The conventions every aggregate, event and command handler of the model keeps. */
class DomainModelTest {

    /** Each aggregate with the sealed interface of its events. */
    static final Map<Class<?>, Class<?>> EVENTS_OF = Map.of(
            ReagentLot.class, ReagentLotEvent.class,
            SynthesisBatch.class, SynthesisBatchEvent.class,
            QdSample.class, QdSampleEvent.class,
            Mirror.class, MirrorEvent.class,
            Film.class, FilmEvent.class,
            Cavity.class, CavityEvent.class,
            org.photonledger.domain.measurement.Measurement.class,
            org.photonledger.domain.measurement.MeasurementEvent.class,
            org.photonledger.domain.result.Result.class, org.photonledger.domain.result.ResultEvent.class,
            org.photonledger.domain.figure.Figure.class, org.photonledger.domain.figure.FigureEvent.class);

    static Stream<Class<?>> events() {
        return EVENTS_OF.values().stream().flatMap(i -> Arrays.stream(i.getPermittedSubclasses()));
    }

    @Test
    void every_aggregate_is_registered_with_a_type_name_and_an_identifier() {
        assertThat(DomainModel.aggregateTypes()).containsExactlyInAnyOrderElementsOf(EVENTS_OF.keySet());
        for (Class<?> aggregate : DomainModel.aggregateTypes()) {
            assertThat(aggregate.getAnnotation(AggregateRoot.class).type()).as(aggregate.getName())
                    .isEqualTo(aggregate.getSimpleName());
            assertThat(Arrays.stream(aggregate.getDeclaredFields())
                    .filter(f -> f.isAnnotationPresent(AggregateIdentifier.class))).as(aggregate.getName()).hasSize(1);
        }
    }

    /**
     * Events whose shape changed, with their current revision; every older revision has an upcaster in the ui's
     * {@code SchemaEvolution}, since stored events are never rewritten. A revision changes here on purpose only.
     */
    private static final Map<Class<?>, String> EVOLVED = Map.of(
            org.photonledger.domain.reagent.ReagentLotRegistered.class, "2",
            org.photonledger.domain.result.ResultReported.class, "2");

    @Test
    void every_event_is_a_past_tense_record_with_a_revision_and_is_sourced_by_its_aggregate() {
        EVENTS_OF.forEach((aggregate, sealed) -> {
            assertThat(sealed.isSealed()).as(sealed.getName()).isTrue();
            Set<Class<?>> sourced = new java.util.HashSet<>();
            for (Method m : aggregate.getDeclaredMethods()) {
                if (m.isAnnotationPresent(EventSourcingHandler.class)) {
                    sourced.add(m.getParameterTypes()[0]);
                }
            }
            for (Class<?> event : sealed.getPermittedSubclasses()) {
                assertThat(event.isRecord()).as(event.getName()).isTrue();
                assertThat(event.getAnnotation(Revision.class)).as(event.getName() + " @Revision").isNotNull();
                assertThat(event.getAnnotation(Revision.class).value()).as(event.getName() + " @Revision")
                        .isEqualTo(EVOLVED.getOrDefault(event, "1"));
                assertThat(event.getSimpleName()).as("past tense").endsWith("ed");
                assertThat(sourced).as(aggregate.getSimpleName() + " sources " + event.getSimpleName()).contains(event);
            }
        });
    }

    @Test
    void events_hold_only_types_the_event_store_serializer_can_write_and_read_back() {
        // The serializer writes record fields and reads them back through the canonical constructor; it cannot
        // know which implementation of an interface to create, so no event may hold one.
        List<String> problems = new ArrayList<>();
        events().forEach(event -> shape(event, event.getSimpleName(), problems, new java.util.HashSet<>()));
        assertThat(problems).isEmpty();
    }

    private static void shape(Type type, String path, List<String> problems, Set<Type> seen) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            shape(p.getActualTypeArguments()[0], path + "[]", problems, seen);
            return;
        }
        if (!(type instanceof Class<?> c)) {
            problems.add(path + ": " + type);
            return;
        }
        if (c.isPrimitive() || c == String.class || c == Double.class || c == Integer.class || c == Long.class
                || c == Boolean.class || c.isEnum() || c == LocalDate.class || c == Instant.class || !seen.add(c)) {
            return;
        }
        if (!c.isRecord()) {
            problems.add(path + ": " + c.getName() + " is neither a record, an enum, a list nor a simple value");
            return;
        }
        for (RecordComponent component : c.getRecordComponents()) {
            shape(component.getGenericType(), path + "." + component.getName(), problems, seen);
        }
    }

    @Test
    void no_command_is_handled_twice_and_aggregate_commands_name_their_target() {
        InMemoryAggregates repositories = new InMemoryAggregates();
        List<Class<?>> handled = new ArrayList<>();
        for (Class<?> aggregate : DomainModel.aggregateTypes()) {
            List<Executable> members = new ArrayList<>(Arrays.asList(aggregate.getDeclaredMethods()));
            members.addAll(Arrays.asList(aggregate.getDeclaredConstructors()));
            for (Executable member : members) {
                if (member.isAnnotationPresent(CommandHandler.class)) {
                    Class<?> command = member.getParameterTypes()[0];
                    handled.add(command);
                    if (!(member instanceof Constructor<?>)) {
                        assertThat(Arrays.stream(command.getDeclaredFields())
                                .filter(f -> !Modifier.isStatic(f.getModifiers()))
                                .anyMatch(f -> f.isAnnotationPresent(TargetAggregateIdentifier.class)))
                                .as(command.getSimpleName() + " names its target aggregate").isTrue();
                    }
                }
            }
        }
        for (Object handler : DomainModel.commandHandlers(repositories::repository)) {
            for (Method m : handler.getClass().getDeclaredMethods()) {
                if (m.isAnnotationPresent(CommandHandler.class)) {
                    handled.add(m.getParameterTypes()[0]);
                }
            }
        }
        Map<Class<?>, Integer> counts = new HashMap<>();
        handled.forEach(c -> counts.merge(c, 1, Integer::sum));
        assertThat(counts).allSatisfy((command, n) -> assertThat(n).as(command.getSimpleName()).isEqualTo(1));
        assertThat(handled).hasSizeGreaterThan(30);
    }

    @Test
    void the_cross_aggregate_handlers_say_which_repository_is_missing() {
        assertThatThrownBy(() -> DomainModel.commandHandlers(type -> null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no repository for aggregate ReagentLot");
    }
}
