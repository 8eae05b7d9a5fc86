package org.photonledger.ui.evolution;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.photonledger.domain.audit.MetadataKeys;
import org.photonledger.domain.reagent.ConsumeReagent;
import org.photonledger.domain.reagent.ReagentLotId;
import org.photonledger.domain.reagent.ReagentLotRegistered;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.processing.audit.ChainVerification;
import org.photonledger.processing.audit.EventChain;
import org.photonledger.processing.audit.EventChainVerifier;
import org.photonledger.processing.audit.StoredEvent;
import org.photonledger.processing.reagent.ReagentLotProjection;
import org.photonledger.processing.store.LedgerDatabase;
import org.photonledger.ui.axon.AxonRuntime;

/**
 * A reagent lot registered by a version before revision 2 of {@link ReagentLotRegistered}, as a row of the event
 * table exactly as that version wrote it, still loads: the aggregate takes commands, the read model shows its purity
 * after the live projection and after a replay, and the tamper-evidence chain still verifies.
 *
 * <p>The row is put on the chain as the old version did (the chain and its hashes are older than revision 2 and did
 * not change): under the lock of the chain head, its hash covers the previous hash and the stored bytes.
 */
@QuarkusTest
class OldEventsLoadTest {

    @Inject
    @LedgerDatabase
    DataSource db;

    @Inject
    TransactionManager jta;

    @Inject
    AxonRuntime axon;

    @Test
    void a_revision_1_registration_stored_by_an_older_version_still_loads_everywhere() throws Exception {
        // given a lot registered before revision 2, stored with purityPercent
        String lot = "lot-legacy-" + UUID.randomUUID();
        appendAsAnOlderVersion(lot, ReagentLotPurityUpcasterTest.REVISION_1_PAYLOAD.replace("lot-legacy-pbi2", lot));

        // when the aggregate is loaded from the store
        List<? extends DomainEventMessage<?>> events = axon.eventStore().readEvents(lot).asStream().toList();
        // then the old event reads as the current revision
        assertThat(events).hasSize(1);
        ReagentLotRegistered registered = (ReagentLotRegistered) events.getFirst().getPayload();
        assertThat(registered.purity()).isEqualTo(Quantity.of(99.9985, Unit.PERCENT));
        assertThat(registered.amount()).isEqualTo(Quantity.of(5, Unit.GRAM));
        assertThat(events.getFirst().getMetaData()).containsEntry(MetadataKeys.ACTOR, "legacy-chemist");

        // and the aggregate rebuilt from it takes a command that depends on its stock
        axon.commandGateway().sendAndWait(new ConsumeReagent(new ReagentLotId(lot), Quantity.of(1500, Unit.MILLIGRAM),
                "batch-legacy", StepId.newId()));

        // and the live projection and a full replay both show the purity and the stock
        assertThat(axon.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        assertRow(lot);
        axon.replay(ReagentLotProjection.GROUP);
        assertThat(axon.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        assertRow(lot);

        // and the chain, which covers the old row's stored bytes, is intact
        ChainVerification chain = new EventChainVerifier(db).verify();
        assertThat(chain.intact()).as(chain.describe()).isTrue();
    }

    private static void assertRow(String lot) {
        given().when().get("/api/reagent-lots/" + lot).then().statusCode(200)
                .body("purityPercent", equalTo(99.9985f))
                .body("amount.value", equalTo(5.0f)).body("amount.unit", equalTo("g"))
                .body("remaining.value", equalTo(3.5f))
                .body("registeredBy", equalTo("legacy-chemist"));
    }

    /** Inserts the event row with its chain hashes, as the storage engine of an older version did. */
    private void appendAsAnOlderVersion(String lot, String payload) throws Exception {
        String eventId = UUID.randomUUID().toString();
        String timestamp = DateTimeUtils.formatInstant(Instant.parse("2024-01-15T09:30:00Z"));
        byte[] payloadBytes = payload.getBytes(StandardCharsets.UTF_8);
        Map<String, Object> metaData = new HashMap<>(Map.of(MetadataKeys.ACTOR, "legacy-chemist",
                MetadataKeys.CORRELATION_ID, UUID.randomUUID().toString()));
        jta.begin();
        try (Connection c = db.getConnection()) {
            String previous;
            long count;
            try (PreparedStatement lock = c.prepareStatement(
                    "SELECT last_hash, chained_events FROM event_chain_head WHERE id = 1 FOR UPDATE");
                    ResultSet rs = lock.executeQuery()) {
                assertThat(rs.next()).isTrue();
                previous = rs.getString(1);
                count = rs.getLong(2);
            }
            String hash = EventChain.link(previous, new StoredEvent(-1, eventId, lot, 0, "ReagentLot", timestamp,
                    ReagentLotRegistered.class.getName(), "1", payloadBytes, metaData));
            metaData.put(MetadataKeys.CHAIN_PREVIOUS, previous);
            metaData.put(MetadataKeys.CHAIN_HASH, hash);
            byte[] metaDataBytes = AxonRuntime.serializer().serialize(MetaData.from(metaData), byte[].class).getData();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO domain_event_entry (event_identifier, "
                    + "aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision, payload, "
                    + "meta_data) VALUES (?, ?, 0, 'ReagentLot', ?, ?, '1', ?, ?)");
                    PreparedStatement head = c.prepareStatement(
                            "UPDATE event_chain_head SET last_hash = ?, chained_events = ? WHERE id = 1")) {
                insert.setString(1, eventId);
                insert.setString(2, lot);
                insert.setString(3, timestamp);
                insert.setString(4, ReagentLotRegistered.class.getName());
                insert.setBytes(5, payloadBytes);
                insert.setBytes(6, metaDataBytes);
                insert.executeUpdate();
                head.setString(1, hash);
                head.setLong(2, count + 1);
                head.executeUpdate();
            }
        } catch (Exception e) {
            jta.rollback();
            throw e;
        }
        jta.commit();
    }
}
