package org.photonledger.processing.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.AnnotationCommandHandlerAdapter;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photonledger.domain.DomainModel;
import org.photonledger.domain.protocol.Farrow2024Preparation;
import org.photonledger.domain.reagent.ReagentLotId;
import org.photonledger.domain.reagent.RegisterReagentLot;
import org.photonledger.domain.synthesis.CorrectSynthesisStep;
import org.photonledger.domain.synthesis.CsOleatePreparation;
import org.photonledger.domain.reagent.ReagentUse;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.processing.reagent.ReagentLotProjection;
import org.photonledger.processing.reagent.ReagentLotQueries;
import org.photonledger.processing.store.TestDatabase;
import org.photonledger.processing.store.TransactionalTestDatabase;

/** The sample read models, fed with the real events of the paper's preparation run through the real domain. */
class SampleProjectionTest {

    private Configuration axon;
    private final InMemoryEventStorageEngine engine = new InMemoryEventStorageEngine();
    private SampleProjection projection;
    private ReagentLotProjection stock;
    private SampleQueries queries;
    private ReagentLotQueries lots;
    private final Farrow2024Preparation.Ids ids = Farrow2024Preparation.Ids.fresh();
    private final Farrow2024Preparation.Lots paperLots = new Farrow2024Preparation.Lots(lot("cs2co3"), lot("oa"), lot("ode"),
            lot("pbi2"), lot("olam"), lot("meac"), lot("hexane"), lot("octane"), lot("toluene"), lot("edta"), lot("pmma"));

    private static ReagentLotId lot(String key) {
        return new ReagentLotId("lot-" + key);
    }

    private TransactionalTestDatabase db;

    @BeforeEach
    void setUp() throws java.sql.SQLException {
        db = new TransactionalTestDatabase(TestDatabase.migrated());
        projection = new SampleProjection(db);
        stock = new ReagentLotProjection(db);
        queries = new SampleQueries(db);
        lots = new ReagentLotQueries(db);
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> engine);
        DomainModel.aggregateTypes().forEach(configurer::configureAggregate);
        axon = configurer.buildConfiguration();
        for (Object handler : DomainModel.commandHandlers(type -> axon.repository(type))) {
            new AnnotationCommandHandlerAdapter<>(handler).subscribe(axon.commandBus());
        }
        axon.start();
    }

    @AfterEach
    void tearDown() {
        axon.shutdown();
    }

    private void send(Object command) {
        axon.commandGateway().sendAndWait(command);
    }

    private void register(ReagentLotId id, String name, String cas, Quantity amount) {
        send(new RegisterReagentLot(id, name, cas, "Sigma-Aldrich", null, "L-" + id.value(), Quantity.of(99.0, Unit.PERCENT), null, amount,
                LocalDate.of(2024, 1, 15), null));
    }

    private void project() {
        List<? extends TrackedEventMessage<?>> events = engine.readEvents(null, false).toList();
        for (TrackedEventMessage<?> e : events) {
            DomainEventMessage<?> d = (DomainEventMessage<?>) e;
            projection.on(d.getPayload(), d, d.getSequenceNumber(), d.getTimestamp(), e.trackingToken());
            switch (d.getPayload()) {
                case org.photonledger.domain.reagent.ReagentLotRegistered r -> stock.on(r, d.getTimestamp(), "chemist");
                case org.photonledger.domain.reagent.ReagentConsumed c -> stock.on(c);
                case org.photonledger.domain.reagent.ReagentRestored r -> stock.on(r);
                default -> { }
            }
        }
        try {
            db.commit();
        } catch (java.sql.SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private void thePapersPreparation() {
        register(paperLots.cs2co3(), "Caesium carbonate", "534-17-8", Quantity.of(10, Unit.GRAM));
        register(paperLots.oleicAcid(), "Oleic acid", "112-80-1", Quantity.of(100, Unit.MILLILITRE));
        register(paperLots.octadecene(), "1-Octadecene", "112-88-9", Quantity.of(500, Unit.MILLILITRE));
        register(paperLots.pbI2(), "Lead(II) iodide", "10101-63-0", Quantity.of(5, Unit.GRAM));
        register(paperLots.oleylamine(), "Oleylamine", "112-90-3", Quantity.of(100, Unit.MILLILITRE));
        register(paperLots.methylAcetate(), "Methyl acetate", "79-20-9", Quantity.of(1, Unit.LITRE));
        register(paperLots.hexane(), "Hexane", "110-54-3", Quantity.of(1, Unit.LITRE));
        register(paperLots.octane(), "Octane", "111-65-9", Quantity.of(100, Unit.MILLILITRE));
        register(paperLots.toluene(), "Toluene", "108-88-3", Quantity.of(1, Unit.LITRE));
        register(paperLots.edta(), "EDTA", "60-00-4", Quantity.of(25, Unit.GRAM));
        register(paperLots.pmma(), "PMMA", "9011-14-7", Quantity.of(25, Unit.GRAM));
        Farrow2024Preparation.commands(paperLots, ids, "PQD-2024-03-A").forEach(this::send);
    }

    @Test
    void every_object_of_the_paper_is_listed_with_its_kind_and_label() {
        // given / when
        thePapersPreparation();
        project();
        // then
        assertThat(queries.byId(ids.batch().value())).hasValueSatisfying(b -> {
            assertThat(b.kind()).isEqualTo("SynthesisBatch");
            assertThat(b.label()).isEqualTo("PQD-2024-03-A");
            assertThat(b.status()).isEqualTo("stored");
        });
        assertThat(queries.byId(ids.featuredMirror().value()).orElseThrow().subtype()).isEqualTo("featured");
        assertThat(queries.byId(ids.edtaTreated().value()).orElseThrow().subtype()).isEqualTo("EDTA treatment");
        assertThat(queries.search(SampleSearch.ofKind("Cavity"), List.of(), 0, 10).rows()).hasSize(1);
        assertThat(queries.search(new SampleSearch("supernatant", null, null, null, null), List.of(), 0, 10).rows())
                .extracting(SampleRow::id).containsExactly(ids.sizeSelected().value());
        assertThat(queries.search(SampleSearch.all(), List.of(), 0, 100).total()).isEqualTo(11 + 8);
    }

    @Test
    void the_batch_steps_are_in_order_and_a_correction_shows_the_new_value_and_its_reason() {
        // given
        thePapersPreparation();
        var flask1 = (org.photonledger.domain.synthesis.CsOleatePrepared) axon.eventStore().readEvents(ids.batch().value())
                .asStream().map(m -> m.getPayload()).filter(p -> p instanceof org.photonledger.domain.synthesis.CsOleatePrepared)
                .findFirst().orElseThrow();
        CsOleatePreparation v = flask1.values();
        // when
        send(new CorrectSynthesisStep(ids.batch(), flask1.stepId(), new CsOleatePreparation(
                ReagentUse.of(paperLots.cs2co3(), Quantity.of(0.41, Unit.GRAM)), v.oleicAcid(), v.octadecene(),
                v.degasTime(), v.heatingTemperature(), v.nitrogenSwitchTemperature(), v.cooledToTemperature()),
                "balance showed 0.410 g"));
        project();
        // then
        List<StepRow> steps = queries.steps(ids.batch().value());
        assertThat(steps).extracting(StepRow::kind).containsExactly("Cs-oleate precursor prepared", "PbI2 solution prepared",
                "Hot injection and ice-bath quench", "Purified", "Stored");
        StepRow corrected = steps.getFirst();
        assertThat(corrected.status()).isEqualTo("corrected");
        assertThat(corrected.corrections()).isEqualTo(1);
        assertThat(corrected.lastReason()).isEqualTo("balance showed 0.410 g");
        assertThat(corrected.valuesJson()).contains("0.41");
        assertThat(corrected.originalJson()).contains("0.407");
        List<HistoryRow> history = queries.history(ids.batch().value(), 100);
        assertThat(history.getLast().summary()).isEqualTo("Corrected Cs-oleate precursor");
        assertThat(history.getLast().reason()).isEqualTo("balance showed 0.410 g");
        // and the stock reflects the corrected amount
        assertThat(lots.byId(paperLots.cs2co3().value()).orElseThrow().remaining().value()).isCloseTo(10 - 0.41,
                org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void the_genealogy_of_the_cavity_reaches_the_batch_and_the_reagent_bottles() {
        // given
        thePapersPreparation();
        project();
        // when
        Genealogy g = queries.genealogy(ids.cavity().value()).orElseThrow();
        // then
        List<String> nodes = g.nodes().stream().map(Genealogy.Node::id).toList();
        assertThat(nodes).contains(ids.film().value(), ids.pmmaDispersed().value(), ids.sizeSelected().value(),
                ids.edtaTreated().value(), ids.batch().value(), ids.planarMirror().value(), ids.featuredMirror().value(),
                paperLots.cs2co3().value(), paperLots.pbI2().value(), paperLots.edta().value(), paperLots.pmma().value());
        assertThat(g.edges()).anySatisfy(e -> {
            assertThat(e.from()).isEqualTo(paperLots.cs2co3().value());
            assertThat(e.to()).isEqualTo(ids.batch().value());
            assertThat(e.relation()).isEqualTo("reagent");
        });
        assertThat(g.truncated()).isFalse();
        // and from a bottle forwards to the cavity
        Genealogy fromLot = queries.genealogy(paperLots.pbI2().value()).orElseThrow();
        assertThat(fromLot.nodes()).extracting(Genealogy.Node::id).contains(ids.cavity().value());
        assertThat(queries.genealogy("nothing-here")).isEmpty();
    }

    @Test
    void replay_after_reset_gives_the_same_read_models() {
        thePapersPreparation();
        project();
        var before = List.of(queries.search(SampleSearch.all(), List.of(), 0, 100).rows(), queries.steps(ids.batch().value()),
                queries.genealogy(ids.cavity().value()).orElseThrow());
        projection.reset();
        stock.reset();
        try {
            db.commit();
        } catch (java.sql.SQLException ex) {
            throw new IllegalStateException(ex);
        }
        assertThat(queries.search(SampleSearch.all(), List.of(), 0, 100).total()).isZero();
        project();
        var after = List.of(queries.search(SampleSearch.all(), List.of(), 0, 100).rows(), queries.steps(ids.batch().value()),
                queries.genealogy(ids.cavity().value()).orElseThrow());
        assertThat(after).isEqualTo(before);
    }

    @Test
    void a_measurement_start_with_a_large_instrument_snapshot_keeps_its_whole_payload_in_the_history() throws Exception {
        // given: a snapshot far beyond the 20 000 characters the audit view once held (a film with many dots in focus)
        thePapersPreparation();
        List<org.photonledger.domain.measurement.Setting> settings = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) {
            settings.add(org.photonledger.domain.measurement.Setting.text("dot" + i + ".groundTruth", "x".repeat(120)));
        }
        var snapshot = new org.photonledger.domain.measurement.InstrumentSnapshot("simulated-lab", List.of(
                new org.photonledger.domain.measurement.InstrumentSettings("sample", "specimen", "sim", settings)));
        var id = org.photonledger.domain.measurement.MeasurementId.newId();
        send(new org.photonledger.domain.measurement.StartMeasurement(id,
                org.photonledger.domain.measurement.MeasurementType.HBT_PULSED, ids.cavity(), null, null, List.of(),
                Quantity.of(1, Unit.SECOND), snapshot));
        // when
        project();
        // then: the JSON copy parses and holds every setting
        HistoryRow start = queries.history(id.value(), 10).getFirst();
        assertThat(start.payloadJson().length()).isGreaterThan(60_000);
        var json = SampleProjection.JSON.readTree(start.payloadJson());
        assertThat(json.path("instruments").path("instruments").get(0).path("settings").size()).isEqualTo(400);
    }

    @Test
    void everything_made_from_a_reagent_lot_is_found_by_kind_a_page_at_a_time() {
        // given
        thePapersPreparation();
        project();
        // when
        var cavities = queries.descendants(paperLots.pbI2().value(), "Cavity", 0, 10);
        var films = queries.descendants(paperLots.cs2co3().value(), "Film", 0, 10);
        var none = queries.descendants(paperLots.pbI2().value(), "ReagentLot", 0, 10);
        // then
        assertThat(cavities.rows()).extracting(SampleRow::id).containsExactly(ids.cavity().value());
        assertThat(films.rows()).extracting(SampleRow::id).containsExactly(ids.film().value());
        assertThat(none.total()).isZero();
        assertThat(queries.descendants(ids.batch().value(), "QdSample", 0, 1).total()).isEqualTo(3);
        assertThat(queries.descendants(ids.batch().value(), "QdSample", 0, 1).rows()).hasSize(1);
        // and the lineage names who recorded each link and when
        Genealogy g = queries.genealogy(ids.cavity().value()).orElseThrow();
        assertThat(g.edges()).allSatisfy(e -> {
            assertThat(e.actor()).isNotBlank();
            assertThat(e.at()).isNotNull();
        });
        assertThat(g.nodes()).allSatisfy(n -> assertThat(n.createdAt()).isNotNull());
    }
}
