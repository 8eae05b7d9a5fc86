package org.photonledger.ui.axon;

import io.quarkus.arc.ClientProxy;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.photonledger.domain.DomainModel;
import org.photonledger.domain.audit.MetadataKeys;
import org.photonledger.processing.store.LedgerDatabase;
import org.photonledger.ui.evolution.SchemaEvolution;

/**
 * Builds and runs the Axon configuration inside Quarkus: JDBC event store and token store on the ledger database,
 * Jackson serialization, JTA transactions, the domain's aggregates, and every CDI bean with Axon handler methods
 * (event handlers run in pooled streaming processors, one per processing group).
 */
@ApplicationScoped
public class AxonRuntime {

    /**
     * Processors doing slow background work (fitting raw data) rather than keeping read models: a page that shows what
     * was just written must not wait for them.
     */
    static final java.util.Set<String> BACKGROUND_GROUPS = java.util.Set.of("analysis");

    private static final Logger LOG = Logger.getLogger(AxonRuntime.class);

    /** The event-store table layout; also read by the audit and tamper-check code. */
    public static final EventSchema EVENT_SCHEMA = StoredFormat.EVENT_SCHEMA;

    private static final TokenSchema TOKEN_SCHEMA = TokenSchema.builder()
            .setTokenTable("token_entry")
            .setProcessorNameColumn("processor_name")
            .setSegmentColumn("segment")
            .setTokenColumn("token")
            .setTokenTypeColumn("token_type")
            .setTimestampColumn("time_stamp")
            .setOwnerColumn("owner")
            .build();

    @Inject
    @LedgerDatabase
    DataSource dataSource;

    @Inject
    jakarta.transaction.TransactionManager jta;

    @Inject
    BeanManager beanManager;

    @ConfigProperty(name = "photonledger.processors.segments", defaultValue = "2")
    int segments;

    @ConfigProperty(name = "photonledger.processors.batch-size", defaultValue = "100")
    int batchSize;

    private volatile Configuration configuration;
    private final List<String> processingGroups = new ArrayList<>();

    void onStart(@Observes @jakarta.annotation.Priority(10) StartupEvent event) {
        configuration();
    }

    void onStop(@Observes ShutdownEvent event) {
        Configuration c = configuration;
        if (c != null) {
            c.shutdown();
        }
    }

    /** The running configuration; built and started on first use. */
    public synchronized Configuration configuration() {
        if (configuration == null) {
            long t0 = System.nanoTime();
            configuration = build();
            configuration.start();
            LOG.infof("Axon started in %d ms: %d aggregates, processing groups %s", (System.nanoTime() - t0) / 1_000_000,
                    DomainModel.aggregateTypes().size(), processingGroups);
        }
        return configuration;
    }

    public CommandGateway commandGateway() {
        return configuration().commandGateway();
    }

    /**
     * Sends a command (or a command message with metadata) and waits; a refusal by the domain is thrown as the
     * domain threw it ({@link org.photonledger.domain.validation.InvalidInputException}, naming the fields), not
     * wrapped in Axon's execution exception.
     */
    public void send(Object command) {
        try {
            commandGateway().sendAndWait(command);
        } catch (org.axonframework.commandhandling.CommandExecutionException e) {
            if (e.getCause() instanceof org.photonledger.domain.validation.InvalidInputException invalid) {
                throw invalid;
            }
            if (e.getCause() instanceof org.photonledger.domain.validation.ConcurrentEditException conflict) {
                throw conflict;
            }
            throw e;
        }
    }

    public QueryGateway queryGateway() {
        return configuration().queryGateway();
    }

    public EventStore eventStore() {
        return configuration().eventStore();
    }

    public List<String> processingGroups() {
        return List.copyOf(processingGroups);
    }

    /** Rebuilds a read model from the whole event history: stop its processor, reset its tokens, start again. */
    public void replay(String processingGroup) {
        StreamingEventProcessor processor = configuration().eventProcessingConfiguration()
                .eventProcessor(processingGroup, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException("no event processor named '" + processingGroup
                        + "'; known: " + processingGroups));
        processor.shutdownAsync().join();
        // A segment may still be claimed by an instance that died (kill -9) until its claim times out; resetting
        // needs every claim, so wait for those to lapse rather than fail.
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                processor.resetTokens();
                break;
            } catch (org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException held) {
                if (System.nanoTime() > deadline) {
                    processor.start();
                    throw new IllegalStateException("cannot rebuild '" + processingGroup + "' now: " + held.getMessage()
                            + " (another running instance holds it; stop it or retry)", held);
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    processor.start();
                    throw new IllegalStateException("interrupted while waiting to rebuild " + processingGroup, e);
                }
            }
        }
        processor.start();
    }

    /**
     * The global index up to which every segment of the group's processor has processed events (its read model holds
     * them), or -1.
     *
     * <p>Segments this instance holds report their progress directly. The others are read from the token store: with
     * several instances on one database, another instance may hold some or all of the segments, and this instance's
     * processor knows nothing about them (an instance holding none would never see its projections caught up). A
     * token is stored in the same transaction as the read-model rows of its batch, so a stored token is always a
     * safe answer; it may lag by up to the claim-extension interval for a segment that had no events of its own.
     */
    public long processedUpTo(String processingGroup) {
        StreamingEventProcessor processor = configuration().eventProcessingConfiguration()
                .eventProcessor(processingGroup, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException("no event processor named '" + processingGroup
                        + "'; known: " + processingGroups));
        Map<Integer, Long> positions = storedPositions(processingGroup);
        processor.processingStatus().forEach((segment, status) ->
                positions.merge(segment, status.getCurrentPosition().orElse(-1L), Math::max));
        return positions.values().stream().mapToLong(Long::longValue).min().orElse(-1L);
    }

    /** Position of each segment's stored token of a processor (-1 for a token that has seen no event). */
    private Map<Integer, Long> storedPositions(String processorName) {
        Serializer serializer = configuration().serializer();
        Map<Integer, Long> positions = new HashMap<>();
        try (var c = dataSource.getConnection(); var ps = c.prepareStatement(
                "SELECT segment, token, token_type FROM token_entry WHERE processor_name = ?")) {
            ps.setString(1, processorName);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    byte[] token = rs.getBytes(2);
                    positions.put(rs.getInt(1), token == null ? -1L : serializer.<byte[], TrackingToken>deserialize(
                                    new SimpleSerializedObject<>(token, byte[].class, rs.getString(3), null))
                            .position().orElse(-1L));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot read the token store: " + e.getMessage(), e);
        }
        return positions;
    }

    /**
     * Waits (at most {@code limit}) until every projection has processed the newest event in the store, so a page
     * opened right after start-up or after a write shows it. Returns whether they caught up in time.
     */
    public boolean awaitCaughtUp(Duration limit) {
        return awaitCaughtUp(limit, processingGroups.stream().filter(g -> !BACKGROUND_GROUPS.contains(g)).toList());
    }

    /**
     * Like {@link #awaitCaughtUp(Duration)}, but also waits for background work such as the automatic analysis. That
     * work appends events of its own (results) which the other processors then have to read, so this waits until the
     * head stays where it was once every processor has reached it.
     */
    public boolean awaitAllCaughtUp(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            long head = headIndex();
            long left = deadline - System.nanoTime();
            if (left <= 0 || !awaitCaughtUp(Duration.ofNanos(left), processingGroups)) {
                return false;
            }
            if (headIndex() == head) {
                return true;
            }
        }
    }

    private boolean awaitCaughtUp(Duration limit, java.util.Collection<String> groupsToWaitFor) {
        long head = headIndex();
        long deadline = System.nanoTime() + limit.toNanos();
        long pause = 5;
        while (System.nanoTime() < deadline) {
            if (groupsToWaitFor.stream().allMatch(g -> processedUpTo(g) >= head)) {
                return true;
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            pause = Math.min(100, pause * 2);
        }
        return false;
    }

    /** The global index of the newest event in the store, or -1 when it is empty. */
    public long headIndex() {
        try (var c = dataSource.getConnection();
                var ps = c.prepareStatement("SELECT MAX(global_index) FROM domain_event_entry");
                var rs = ps.executeQuery()) {
            rs.next();
            long v = rs.getLong(1);
            return rs.wasNull() ? -1 : v;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot read the event store's head: " + e.getMessage(), e);
        }
    }

    private Configuration build() {
        Serializer serializer = serializer();
        TransactionManager tx = new JtaTransactionManager(jta);
        ConnectionProvider connections = dataSource::getConnection;

        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> serializer)
                .configureEventSerializer(c -> serializer)
                .configureMessageSerializer(c -> serializer)
                .configureTransactionManager(c -> tx)
                .configureCorrelationDataProviders(c -> List.of(
                        new MessageOriginProvider(),
                        new SimpleCorrelationDataProvider(MetadataKeys.ACTOR, MetadataKeys.REASON)))
                .configureCommandBus(c -> {
                    SimpleCommandBus bus = SimpleCommandBus.builder()
                            .transactionManager(tx)
                            .messageMonitor(c.messageMonitor(CommandBus.class, "commandBus"))
                            .build();
                    bus.registerHandlerInterceptor(new org.axonframework.messaging.interceptors.CorrelationDataInterceptor<>(
                            c.correlationDataProviders()));
                    bus.registerDispatchInterceptor(actorInterceptor());
                    return bus;
                })
                .configureEmbeddedEventStore(c -> new ChainingEventStorageEngine(JdbcEventStorageEngine.builder()
                        .connectionProvider(connections)
                        .transactionManager(tx)
                        .eventSerializer(serializer)
                        .snapshotSerializer(serializer)
                        .schema(EVENT_SCHEMA)
                        .dataType(byte[].class)
                        .upcasterChain(c.upcasterChain())
                        .build(), dataSource, tx, serializer));
        // the store holds events in every shape they ever had; upcasters read the older ones as the current ones
        for (EventUpcaster upcaster : SchemaEvolution.upcasters()) {
            configurer.registerEventUpcaster(c -> upcaster);
        }
        for (Class<?> aggregate : DomainModel.aggregateTypes()) {
            configurer.configureAggregate(aggregate);
        }
        JdbcTokenStore tokenStore = JdbcTokenStore.builder()
                .connectionProvider(connections)
                .serializer(serializer)
                .schema(TOKEN_SCHEMA)
                .claimTimeout(Duration.ofSeconds(10))
                .build();
        configurer.eventProcessing(ep -> {
            ep.usingPooledStreamingEventProcessors()
                    // A failing handler must stop and retry its segment, never skip the event: a read model that
                    // silently misses an event is a silently changed record.
                    .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                    .registerTokenStore(c -> tokenStore)
                    .registerPooledStreamingEventProcessorConfiguration((c, builder) -> builder
                            .initialSegmentCount(segments)
                            .batchSize(batchSize)
                            .tokenClaimInterval(1000)
                            .enableCoordinatorClaimExtension());
            for (Object handler : handlerBeans(EventHandler.class)) {
                ep.registerEventHandler(c -> handler);
                ProcessingGroup group = handler.getClass().getAnnotation(ProcessingGroup.class);
                processingGroups.add(group != null ? group.value() : handler.getClass().getPackageName());
            }
        });
        for (Object handler : handlerBeans(CommandHandler.class)) {
            configurer.registerCommandHandler(c -> handler);
        }
        for (Object handler : handlerBeans(QueryHandler.class)) {
            configurer.registerQueryHandler(c -> handler);
        }
        Configuration built = configurer.buildConfiguration();
        for (Object handler : DomainModel.commandHandlers(type -> built.repository(type))) {
            new org.axonframework.commandhandling.AnnotationCommandHandlerAdapter<>(handler).subscribe(built.commandBus());
        }
        return built;
    }

    private static MessageDispatchInterceptor<CommandMessage<?>> actorInterceptor() {
        return messages -> (index, message) -> {
            // The sender is whoever is signed in (or system); a name already in the metadata cannot override it,
            // so no caller can put someone else's name on an event.
            org.photonledger.ui.security.Actor actor = ActorContext.currentActor();
            org.photonledger.ui.security.CommandRoles.check(message.getPayloadType(), actor);
            return message.andMetaData(Map.of(MetadataKeys.ACTOR, actor.name()));
        };
    }

    /** Application beans (ours, unwrapped from their client proxies) that declare Axon handlers of the given kind. */
    private List<Object> handlerBeans(Class<? extends java.lang.annotation.Annotation> handlerAnnotation) {
        List<Object> found = new ArrayList<>();
        for (Bean<?> bean : beanManager.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            if (!type.getName().startsWith("org.photonledger.") || !declares(type, handlerAnnotation)) {
                continue;
            }
            Object reference = beanManager.getReference(bean, type, beanManager.createCreationalContext(bean));
            found.add(ClientProxy.unwrap(reference));
        }
        found.sort(java.util.Comparator.comparing(o -> o.getClass().getName()));
        return found;
    }

    private static boolean declares(Class<?> type, Class<? extends java.lang.annotation.Annotation> annotation) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(annotation)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The serializer for events, snapshots, tokens and messages; its settings are part of the stored format. */
    public static Serializer serializer() {
        return StoredFormat.serializer();
    }
}
