package org.photonledger.ui.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.photonledger.domain.reagent.CasNumber;
import org.photonledger.domain.reagent.ReagentLotId;
import org.photonledger.domain.reagent.ReagentLotRegistered;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.ui.axon.AxonRuntime;

/** Stored revision-1 reagent-lot registrations read as revision 2, through the app's own serializer. */
class ReagentLotPurityUpcasterTest {

    /** Byte for byte what versions before revision 2 stored for a lot (the serializer's field order and formats). */
    static final String REVISION_1_PAYLOAD = """
            {"lotId":{"value":"lot-legacy-pbi2"},"chemicalName":"Lead(II) iodide","casNumber":{"value":"10101-63-0"},\
            "supplier":"Sigma-Aldrich","catalogueNumber":"900168","lotNumber":"MKCN0031","purityPercent":99.9985,\
            "grade":"trace metals basis","amount":{"value":5.0,"unit":"GRAM"},"receivedOn":"2024-01-15",\
            "storageLocation":"Glovebox, shelf 1"}""";

    static final ReagentLotRegistered AS_REVISION_2 = new ReagentLotRegistered(new ReagentLotId("lot-legacy-pbi2"),
            "Lead(II) iodide", new CasNumber("10101-63-0"), "Sigma-Aldrich", "900168", "MKCN0031",
            Quantity.of(99.9985, Unit.PERCENT), "trace metals basis", Quantity.of(5, Unit.GRAM), LocalDate.of(2024, 1, 15),
            "Glovebox, shelf 1");

    private final Serializer serializer = AxonRuntime.serializer();

    @Test
    void a_stored_revision_1_registration_reads_as_revision_2_with_its_purity_in_percent() {
        // given
        IntermediateEventRepresentation stored = stored(REVISION_1_PAYLOAD, "1");
        // when
        IntermediateEventRepresentation upcast = upcast(stored);
        // then
        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        Object event = serializer.deserialize(upcast.getData());
        assertThat(event).isEqualTo(AS_REVISION_2);
    }

    @Test
    void the_upcast_payload_is_exactly_what_revision_2_writes() throws Exception {
        // given
        ObjectMapper json = new ObjectMapper();
        SerializedObject<byte[]> written = serializer.serialize(AS_REVISION_2, byte[].class);
        // when
        JsonNode upcast = ReagentLotPurityUpcaster.purityWithUnit(json.readTree(REVISION_1_PAYLOAD));
        // then
        assertThat(upcast).isEqualTo(json.readTree(written.getData()));
        assertThat(written.getType().getRevision()).isEqualTo("2");
    }

    @Test
    void a_registration_without_a_purity_stays_without_one() {
        // given
        String noPurity = REVISION_1_PAYLOAD.replace("\"purityPercent\":99.9985", "\"purityPercent\":null");
        // when
        ReagentLotRegistered event = (ReagentLotRegistered) serializer.deserialize(upcast(stored(noPurity, "1")).getData());
        // then
        assertThat(event.purity()).isNull();
        assertThat(event.amount()).isEqualTo(Quantity.of(5, Unit.GRAM));
    }

    @Test
    void revision_2_events_and_other_types_pass_unchanged() {
        // given
        String revision2 = new String(serializer.serialize(AS_REVISION_2, byte[].class).getData(), StandardCharsets.UTF_8);
        IntermediateEventRepresentation current = stored(revision2, "2");
        // when
        IntermediateEventRepresentation read = upcast(current);
        // then
        assertThat((Object) read).isSameAs(current);
        Object event = serializer.deserialize(read.getData());
        assertThat(event).isEqualTo(AS_REVISION_2);
    }

    private IntermediateEventRepresentation upcast(IntermediateEventRepresentation stored) {
        List<IntermediateEventRepresentation> out = new EventUpcasterChain(SchemaEvolution.upcasters())
                .upcast(Stream.of(stored)).toList();
        assertThat(out).hasSize(1);
        return out.getFirst();
    }

    /** A row of domain_event_entry as the JDBC storage engine hands it to the upcasters. */
    private IntermediateEventRepresentation stored(String payload, String revision) {
        GenericDomainEventEntry<byte[]> row = new GenericDomainEventEntry<>("ReagentLot", "lot-legacy-pbi2", 0,
                "event-legacy-1", Instant.parse("2024-01-15T09:30:00Z"), ReagentLotRegistered.class.getName(), revision,
                payload.getBytes(StandardCharsets.UTF_8), "{\"actor\":\"alice\"}".getBytes(StandardCharsets.UTF_8));
        return new InitialEventRepresentation(row, serializer);
    }
}
