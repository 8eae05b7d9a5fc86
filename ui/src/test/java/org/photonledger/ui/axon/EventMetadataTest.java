package org.photonledger.ui.axon;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.photonledger.domain.audit.MetadataKeys;
import org.photonledger.domain.reagent.ReagentLotId;
import org.photonledger.domain.reagent.ReagentLotRegistered;
import org.photonledger.domain.reagent.RegisterReagentLot;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

@QuarkusTest
class EventMetadataTest {

    @Inject
    AxonRuntime axon;

    private static RegisterReagentLot lot(ReagentLotId id) {
        return new RegisterReagentLot(id, "Toluene", "108-88-3", "Sigma-Aldrich", null, "M-" + id.value(),
                Quantity.of(99.8, Unit.PERCENT), null,
                Quantity.of(1, Unit.LITRE), LocalDate.of(2024, 5, 1), null);
    }

    @Test
    void every_event_names_its_actor_and_correlation_and_keeps_a_given_reason() {
        // given
        ReagentLotId id = ReagentLotId.newId();
        // when a user's command is sent with a reason
        ActorContext.runAs(org.photonledger.ui.security.Actor.of("alice", org.photonledger.ui.security.Role.CHEMIST),
                () -> axon.commandGateway().sendAndWait(
                GenericCommandMessage.asCommandMessage(lot(id)).andMetaData(Map.of(MetadataKeys.REASON, "new delivery"))));
        // then
        DomainEventMessage<?> event = axon.eventStore().readEvents(id.value()).next();
        assertThat(event.getPayload()).isInstanceOf(ReagentLotRegistered.class);
        assertThat(event.getMetaData()).containsEntry(MetadataKeys.ACTOR, "alice")
                .containsEntry(MetadataKeys.REASON, "new delivery")
                .containsKey(MetadataKeys.CORRELATION_ID);
    }

    @Test
    void a_command_without_a_user_is_refused_and_system_work_is_recorded_as_system() {
        ReagentLotId web = ReagentLotId.newId();
        ReagentLotId auto = ReagentLotId.newId();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ActorContext.runAs(
                org.photonledger.ui.security.Actor.ANONYMOUS, () -> axon.commandGateway().sendAndWait(lot(web))))
                .isInstanceOf(org.photonledger.ui.security.CommandNotAllowedException.class)
                .hasMessageContaining("'anonymous' may not RegisterReagentLot: it needs the role 'chemist'");
        assertThat(axon.eventStore().readEvents(web.value()).hasNext()).isFalse();
        ActorContext.runAs(MetadataKeys.SYSTEM, () -> axon.commandGateway().sendAndWait(lot(auto)));
        assertThat(axon.eventStore().readEvents(auto.value()).next().getMetaData().get(MetadataKeys.ACTOR))
                .isEqualTo(MetadataKeys.SYSTEM);
    }

    @Test
    void a_name_put_in_the_metadata_cannot_stand_in_for_the_signed_in_user() {
        ReagentLotId id = ReagentLotId.newId();
        ActorContext.runAs(org.photonledger.ui.security.Actor.of("bob", org.photonledger.ui.security.Role.CHEMIST),
                () -> axon.commandGateway().sendAndWait(GenericCommandMessage.asCommandMessage(lot(id))
                        .andMetaData(Map.of(MetadataKeys.ACTOR, "someone-else"))));
        assertThat(axon.eventStore().readEvents(id.value()).next().getMetaData().get(MetadataKeys.ACTOR)).isEqualTo("bob");
    }

    @Test
    void events_round_trip_through_the_serializer_field_for_field() {
        ReagentLotId id = ReagentLotId.newId();
        axon.commandGateway().sendAndWait(lot(id));
        ReagentLotRegistered stored = (ReagentLotRegistered) axon.eventStore().readEvents(id.value()).next().getPayload();
        assertThat(stored.amount()).isEqualTo(Quantity.of(1, Unit.LITRE));
        assertThat(stored.casNumber().value()).isEqualTo("108-88-3");
        assertThat(stored.receivedOn()).isEqualTo(LocalDate.of(2024, 5, 1));
    }
}
