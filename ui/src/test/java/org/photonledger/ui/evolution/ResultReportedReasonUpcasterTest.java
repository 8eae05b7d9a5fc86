package org.photonledger.ui.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.photonledger.domain.result.ResultId;
import org.photonledger.domain.result.ResultReported;
import org.photonledger.ui.axon.AxonRuntime;

/** Reports stored before a reason was required (revision 1) read as revision 2 with a reason that says so. */
class ResultReportedReasonUpcasterTest {

    /** What revision 1 stored: the result and the label, no reason. */
    static final String REVISION_1_PAYLOAD = "{\"resultId\":{\"value\":\"res-legacy-1\"},\"label\":\"Fig. 4e\"}";

    private final Serializer serializer = AxonRuntime.serializer();

    @Test
    void a_stored_revision_1_report_reads_as_revision_2_saying_no_reason_was_recorded() {
        // when
        IntermediateEventRepresentation upcast = upcast(stored(REVISION_1_PAYLOAD, "1"));
        // then
        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        Object event = serializer.deserialize(upcast.getData());
        assertThat(event).isEqualTo(new ResultReported(new ResultId("res-legacy-1"), "Fig. 4e",
                ResultReportedReasonUpcaster.NO_REASON_RECORDED));
    }

    @Test
    void a_revision_2_report_keeps_its_own_reason() {
        // given
        ResultReported current = new ResultReported(new ResultId("res-2"), "Fig. 4e", "best background estimate");
        String written = new String(serializer.serialize(current, byte[].class).getData(), StandardCharsets.UTF_8);
        IntermediateEventRepresentation stored = stored(written, "2");
        // when
        IntermediateEventRepresentation read = upcast(stored);
        // then
        assertThat((Object) read).isSameAs(stored);
        assertThat((Object) serializer.deserialize(read.getData())).isEqualTo(current);
    }

    private IntermediateEventRepresentation upcast(IntermediateEventRepresentation stored) {
        List<IntermediateEventRepresentation> out = new EventUpcasterChain(SchemaEvolution.upcasters())
                .upcast(Stream.of(stored)).toList();
        assertThat(out).hasSize(1);
        return out.getFirst();
    }

    private IntermediateEventRepresentation stored(String payload, String revision) {
        GenericDomainEventEntry<byte[]> row = new GenericDomainEventEntry<>("Result", "res-legacy-1", 1,
                "event-legacy-report", Instant.parse("2026-11-20T09:30:00Z"), ResultReported.class.getName(), revision,
                payload.getBytes(StandardCharsets.UTF_8), "{\"actor\":\"alice\"}".getBytes(StandardCharsets.UTF_8));
        return new InitialEventRepresentation(row, serializer);
    }
}
