package org.photonledger.ui.evolution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.photonledger.domain.reagent.ReagentLotRegistered;
import org.photonledger.domain.units.Unit;

/**
 * Reads {@link ReagentLotRegistered} revision 1, whose purity was a bare number named {@code purityPercent}, as
 * revision 2, whose purity is a quantity with its unit: {@code "purityPercent": 99.9} becomes
 * {@code "purity": {"value": 99.9, "unit": "PERCENT"}}, and a missing purity stays missing. Only the representation
 * read from the store changes; the stored bytes, and so the tamper-evidence chain over them, stay as written.
 */
public final class ReagentLotPurityUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(ReagentLotRegistered.class.getName(), "1");
    static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(ReagentLotRegistered.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return event.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(REVISION_2, JsonNode.class, ReagentLotPurityUpcaster::purityWithUnit);
    }

    /** The revision-2 payload of a revision-1 payload. */
    static JsonNode purityWithUnit(JsonNode revision1) {
        ObjectNode event = revision1.deepCopy();
        JsonNode percent = event.remove("purityPercent");
        if (percent == null || percent.isNull()) {
            event.putNull("purity");
        } else {
            ObjectNode purity = event.putObject("purity");
            purity.set("value", percent);
            purity.put("unit", Unit.PERCENT.name());
        }
        return event;
    }
}
