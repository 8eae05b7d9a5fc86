package org.photonledger.ui.evolution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.photonledger.domain.result.ResultReported;

/**
 * Reads {@link ResultReported} revision 1, written before a report needed a reason, as revision 2: the reason is
 * {@link #NO_REASON_RECORDED}, said in words rather than left empty, so nobody takes it for a reason that was lost.
 * Only the representation read from the store changes; the stored bytes and the tamper-evidence chain stay as written.
 */
public final class ResultReportedReasonUpcaster extends SingleEventUpcaster {

    /** The reason a revision-1 report reads with. */
    public static final String NO_REASON_RECORDED = "(reported before PhotonLedger asked for a reason; none was recorded)";

    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(ResultReported.class.getName(), "1");
    static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(ResultReported.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return event.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(REVISION_2, JsonNode.class, ResultReportedReasonUpcaster::withReason);
    }

    /** The revision-2 payload of a revision-1 payload. */
    static JsonNode withReason(JsonNode revision1) {
        ObjectNode event = revision1.deepCopy();
        JsonNode reason = event.get("reason");
        if (reason == null || reason.isNull() || reason.asText().isBlank()) {
            event.put("reason", NO_REASON_RECORDED);
        }
        return event;
    }
}
